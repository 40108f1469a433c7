# pubtool-import(1) EXAMPLES: "Convert standard input, read as profile
# text, into a file:"
#   $ pubtool import -f profile -o ~/tito.yaml --as-of 2026-11-26 - \
#       < profile/tito.txt
# The file must hold what -o - writes for the same input.
"$PUBTOOL" import -f profile -o ~/tito.yaml --as-of 2026-11-26 - \
    < profile/tito.txt || exit
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/tito.txt |
    cmp - ~/tito.yaml && echo same
ls -A ~
