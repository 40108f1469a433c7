# pubtool(1) EXAMPLES: "Import two profiles into a library of one's own,
# then list it by year:"
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/yokota.txt
#   50 records: 50 new, 0 updated, 0 unchanged
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/tito.txt
#   8 records: 8 new, 0 updated, 0 unchanged
#   $ pubtool list -L ~/papers.yaml --by year
# The summary lines go to standard error.
"$PUBTOOL" import -L ~/papers.yaml --as-of 2026-11-26 \
    profile/yokota.txt || exit
"$PUBTOOL" import -L ~/papers.yaml --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" list -L ~/papers.yaml --by year
