# pubtool-cite(1) EXAMPLES: "One paper as CSL-JSON (the abstract is one
# line in the output):"
#   $ pubtool cite -F csljson -i profile/tito.txt --as-of 2026-11-26 \
#       tito2018roofline
"$PUBTOOL" cite -F csljson -i profile/tito.txt --as-of 2026-11-26 \
    tito2018roofline
