# pubtool(1) EXAMPLES: "Cite two papers of the library made above as
# references, wrapped at 66 columns:"
#   $ pubtool cite -F text -w 66 -L ~/papers.yaml yokota2011tuned \
#       tito2018roofline
#   R. Yokota and L. Barba. A Tuned and Scalable Fast Multipole Method
#   as a Preeminent Algorithm for Exascale Systems. 2011.
#
#   R. Tito and J. Øster. A Roofline Model for Tensor Cores. 2018.
# The library is the one of the example before:
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/yokota.txt
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/tito.txt
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/yokota.txt || exit
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" cite -F text -w 66 -L ~/papers.yaml yokota2011tuned \
    tito2018roofline
