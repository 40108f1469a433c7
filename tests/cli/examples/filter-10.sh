# pubtool-filter(1) EXAMPLES: "The papers with code, as a Markdown list
# for a README:"
#   $ pubtool filter --code -F markdown --as-of 2026-11-26 profile/tito.txt
"$PUBTOOL" filter --code -F markdown --as-of 2026-11-26 profile/tito.txt
