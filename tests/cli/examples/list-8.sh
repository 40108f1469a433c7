# pubtool-list(1) EXAMPLES: "A table of a profile's papers by area, the
# largest area first, for a spreadsheet:"
#   $ pubtool list -F csv --bom --as-of 2026-11-26 profile/tito.txt > tito.csv
# The file starts with a byte order mark; rows end in CR LF; no headings.
"$PUBTOOL" list -F csv --bom --as-of 2026-11-26 profile/tito.txt \
    > "$TMP/tito.csv" || exit
cat "$TMP/tito.csv"
