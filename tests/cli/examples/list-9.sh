# pubtool-list(1) EXAMPLES: "The papers by year as Markdown, for a README:"
#   $ pubtool list -F markdown --by year --as-of 2026-11-26 profile/tito.txt
"$PUBTOOL" list -F markdown --by year --as-of 2026-11-26 profile/tito.txt
