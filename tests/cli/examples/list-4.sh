# pubtool-list(1) EXAMPLES: "One list of all papers by title, without
# wrapping:"
#   $ pubtool list --by none --sort title -w 0 --as-of 2026-11-26 \
#       profile/tito.txt
"$PUBTOOL" list --by none --sort title -w 0 --as-of 2026-11-26 \
    profile/tito.txt
