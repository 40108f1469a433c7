# A CSV with bad rows into the library: nothing changes without
# --skip-invalid, the summary counts the rejected rows; a header with no
# title column rejects every row.
"$PUBTOOL" import -L "$TMP/lib.yaml" -f csv bad/ragged.csv; echo "rc $?"
test -e "$TMP/lib.yaml" || echo no library
"$PUBTOOL" import -L "$TMP/lib.yaml" --skip-invalid -f csv bad/ragged.csv
echo "rc $?"
grep -c '^title:' "$TMP/lib.yaml"
"$PUBTOOL" import -L "$TMP/lib.yaml" -f csv bad/no-title-column.csv
echo "rc $?"
"$PUBTOOL" import -L "$TMP/lib.yaml" -f csv csv/tito.csv; echo "rc $?"
