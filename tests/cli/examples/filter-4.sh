# pubtool-filter(1) EXAMPLES: "The first five papers that mention
# multipole methods, in the title, the authors or the abstract:"
#   $ pubtool filter --grep multipole --limit 5 -F text \
#       --as-of 2026-11-26 profile/yokota.txt
"$PUBTOOL" filter --grep multipole --limit 5 -F text \
    --as-of 2026-11-26 profile/yokota.txt
