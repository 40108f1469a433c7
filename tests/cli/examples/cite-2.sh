# pubtool-cite(1) EXAMPLES: "A paper whose authors' names have letters
# outside ASCII, in BibTeX that has none, for a document that is not
# typeset in UTF-8 (the abstract is one line in the output):"
#   $ pubtool cite --ascii -i profile/tito.txt --as-of 2026-11-26 \
#       tito2018roofline
#   @misc{tito2018roofline,
#     author = {Tito, Rub{\`e}n and {\O}ster, Jonas},
#     title = {A Roofline Model for Tensor Cores},
#     year = {2018},
#     month = may,
#     keywords = {PF},
#     note = {Code available},
#     abstract = {We extend the roofline model to matrix units with mixed
#   input and accumulation precisions.},
#   }
"$PUBTOOL" cite --ascii -i profile/tito.txt --as-of 2026-11-26 \
    tito2018roofline || exit
# Nothing outside ASCII.
"$PUBTOOL" cite --ascii -i profile/tito.txt --as-of 2026-11-26 \
    tito2018roofline | LC_ALL=C grep -q '[^ -~]' || echo "ASCII only"
