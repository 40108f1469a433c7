# pubtool-list(1) EXAMPLES: "Divide each area into years:"
#   $ pubtool list --by area,year --as-of 2026-11-26 profile/tito.txt
"$PUBTOOL" list --by area,year --as-of 2026-11-26 profile/tito.txt
