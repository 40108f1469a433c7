# pubtool-cite(1) EXAMPLES: "The whole library as a BibTeX file:"
#   $ pubtool import -q -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/tito.txt
#   $ pubtool cite -L ~/papers.yaml > papers.bib
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" cite -L ~/papers.yaml > "$TMP/papers.bib" || exit
cat "$TMP/papers.bib"
