# pubtool-list(1) EXAMPLES: "The papers of that library by year, newest
# first, as BibTeX, ready for a CV:"
#   $ pubtool list -F bibtex --by year -L ~/papers.yaml > cv.bib
# The library is the one of the example before:
#   $ pubtool import -q -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/tito.txt
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" list -F bibtex --by year -L ~/papers.yaml > "$TMP/cv.bib" || exit
cat "$TMP/cv.bib"
