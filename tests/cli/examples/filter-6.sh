# pubtool-filter(1) EXAMPLES: "Titles that start with an article, from a
# library:"
#   $ pubtool import -q -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/yokota.txt
#   $ pubtool filter -L ~/papers.yaml --title '^(a|an|the) ' -F text
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/yokota.txt || exit
"$PUBTOOL" filter -L ~/papers.yaml --title '^(a|an|the) ' -F text
