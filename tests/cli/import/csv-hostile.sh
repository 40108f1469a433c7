# Hostile CSV sizes, each read in linear time (run.sh's time limit): a
# header of a million columns (refused), a row of a million cells (a
# ragged row), a 10 MiB quoted cell and a 10 MiB unquoted one (read), a
# row one byte over the 16 MiB limit (refused, the next row read), an
# unterminated quote at the start of a 5 MB rest of the file.
awk 'BEGIN { printf "Title"; for (i = 1; i < 1000000; i++) printf ",c"
    printf "\nA\nB\n" }' >"$TMP/wide.csv"
"$PUBTOOL" import -o - -f csv "$TMP/wide.csv"; echo "rc $?"
awk 'BEGIN { printf "Title,Year\nGood,2020\nBad,2021"
    for (i = 2; i < 1000000; i++) printf ",1"; printf "\n" }' >"$TMP/row.csv"
"$PUBTOOL" import -o - -f csv "$TMP/row.csv" >"$TMP/out"; echo "rc $?"
grep '^title:' "$TMP/out"
awk 'BEGIN { s = "xxxxxxxxxxxxxxxx"; while (length(s) < 8388608) s = s s
    s = s substr(s, 1, 2097152)
    printf "Title,Abstract\nQuoted,\"%s\"\nPlain,%s\n", s, s
    printf "Over,%s%s\nAfter,\n", s, substr(s, 1, 6291456 - 3) }' \
    >"$TMP/big.csv"
"$PUBTOOL" import -o - -f csv "$TMP/big.csv" >"$TMP/out"; echo "rc $?"
awk '/^title:/ { print } /^abstract:/ { print length($0) - 12 }' "$TMP/out"
awk 'BEGIN { printf "Title\nGood\n\"Open"
    for (i = 0; i < 500000; i++) printf "\nline %06d", i }' >"$TMP/open.csv"
"$PUBTOOL" import -o - -f csv "$TMP/open.csv" >"$TMP/out"; echo "rc $?"
grep '^title:' "$TMP/out"
