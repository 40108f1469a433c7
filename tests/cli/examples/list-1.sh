# pubtool-list(1) EXAMPLES: "List a saved profile page by area, the
# largest area first:"
#   $ pubtool list --as-of 2026-11-26 profile/yokota.txt
"$PUBTOOL" list --as-of 2026-11-26 profile/yokota.txt
