# pubtool(1) EXAMPLES: "List the same papers by area, newest first:"
#   $ pubtool list --as-of 2026-11-26 profile/yokota.txt
"$PUBTOOL" list --as-of 2026-11-26 profile/yokota.txt
