# pubtool-list(1) EXAMPLES: "Import a profile into a library, then list
# the library:"
#   $ pubtool import -q -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/tito.txt
#   $ pubtool list -L ~/papers.yaml
"$PUBTOOL" import -q -L ~/papers.yaml --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" list -L ~/papers.yaml
