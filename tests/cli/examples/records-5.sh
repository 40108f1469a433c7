# pubtool-records(5) EXAMPLES: "Force the format of standard input:"
#   $ pubtool list -f profile --as-of 2026-11-26 - < profile/tito.txt
"$PUBTOOL" list -f profile --as-of 2026-11-26 - < profile/tito.txt
