# pubtool-cite(1) EXAMPLES: "A profile's papers as a table for a
# spreadsheet:"
#   $ pubtool cite -F csv --bom -i profile/tito.txt \
#       --as-of 2026-11-26 > tito.csv
# The file starts with a byte order mark; rows end in CR LF.
"$PUBTOOL" cite -F csv --bom -i profile/tito.txt \
    --as-of 2026-11-26 > "$TMP/tito.csv" || exit
cat "$TMP/tito.csv"
