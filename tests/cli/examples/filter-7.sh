# pubtool-filter(1) EXAMPLES: "The papers with code, as a spreadsheet:"
#   $ pubtool filter --code -F csv --bom --as-of 2026-11-26 \
#       profile/yokota.txt > code.csv
# The file starts with a byte order mark; rows end in CR LF.
"$PUBTOOL" filter --code -F csv --bom --as-of 2026-11-26 \
    profile/yokota.txt > "$TMP/code.csv" || exit
cat "$TMP/code.csv"
