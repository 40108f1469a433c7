# pubtool-cite(1) EXAMPLES: "Cite what pubtool-filter(1) selects, here the
# papers of which Rubèn Tito is the first author:"
#   $ pubtool filter --author 'ruben tito' --first-author \
#       --as-of 2026-11-26 profile/tito.txt | pubtool cite -F text
"$PUBTOOL" filter --author 'ruben tito' --first-author \
    --as-of 2026-11-26 profile/tito.txt | "$PUBTOOL" cite -F text
