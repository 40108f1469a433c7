# pubtool(1) EXAMPLES: "Convert a saved profile page to pubtool YAML on
# standard output, resolving its year-less dates as of 26 November 2026:"
#   $ pubtool import -o - --as-of 2026-11-26 profile/yokota.txt
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/yokota.txt
