# pubtool-list(1) EXAMPLES: "List it by year, wrapped at 66 columns:"
#   $ pubtool list --by year -w 66 --as-of 2026-11-26 profile/yokota.txt
#   2026 · 4 papers
#   ...
"$PUBTOOL" list --by year -w 66 --as-of 2026-11-26 profile/yokota.txt
