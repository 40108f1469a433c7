# CSV -> YAML -> CSV reproduces pubtool's own CSV byte for byte: the
# fixture (profile/tito.txt as cite -F csv writes it), the seed profile's
# 50 records, both also through standard input; and a foreign CSV is
# stable after its first pass.
"$PUBTOOL" import -o - -f csv csv/tito.csv >"$TMP/t.yaml" || exit
"$PUBTOOL" cite -F csv -i "$TMP/t.yaml" | cmp - csv/tito.csv &&
    echo tito identical
"$PUBTOOL" cite -F csv -i profile/yokota.txt >"$TMP/a.csv" || exit
"$PUBTOOL" import -o - -f csv "$TMP/a.csv" >"$TMP/a.yaml" || exit
"$PUBTOOL" cite -F csv -i "$TMP/a.yaml" >"$TMP/b.csv" || exit
cmp "$TMP/a.csv" "$TMP/b.csv" && echo seed identical
grep -c '^key: ' "$TMP/a.yaml"
# the YAML read from the CSV is the YAML read from the profile, but for
# the profile's header figures, which CSV does not carry
"$PUBTOOL" import -o - profile/yokota.txt |
    awk '/^---$/ { n++ } n >= 2' | cmp - "$TMP/a.yaml" &&
    echo seed yaml identical
"$PUBTOOL" import -o - -f csv - <"$TMP/a.csv" | "$PUBTOOL" cite -F csv |
    cmp - "$TMP/a.csv" && echo seed stdin identical
# with a byte order mark, the same records
"$PUBTOOL" cite -F csv --bom -i profile/yokota.txt |
    "$PUBTOOL" import -o - -f csv - | cmp - "$TMP/a.yaml" && echo bom identical
# a spreadsheet export: the second pass changes nothing
"$PUBTOOL" import -o - -f csv csv/spreadsheet.csv 2>/dev/null |
    "$PUBTOOL" cite -F csv >"$TMP/s1.csv" || exit
"$PUBTOOL" import -o - -f csv "$TMP/s1.csv" | "$PUBTOOL" cite -F csv |
    cmp - "$TMP/s1.csv" && echo spreadsheet stable
