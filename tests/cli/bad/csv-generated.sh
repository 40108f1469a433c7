# Generated hostile CSV, each in bounded time:
# - a header of a million columns, all but the first unnamed (refused:
#   more than 1024 columns), and one of exactly 1024 (read) and 1025;
# - a data row of a million empty cells (a ragged row; the next row read);
# - an unterminated quote at the start of a 10 MB rest of the file.
awk 'BEGIN { printf "Title"; for (i = 1; i < 1000000; i++) printf ","
    printf "\nA\n" }' >"$TMP/wide.csv"
"$PUBTOOL" import -o - -f csv "$TMP/wide.csv"; echo "wide: rc $?"
for n in 1024 1025; do
	awk -v n=$n 'BEGIN { printf "Title"; for (i = 1; i < n; i++) printf ",c%d", i
	    printf "\nAt %d", n; for (i = 1; i < n; i++) printf ","; printf "\n" }' \
	    >"$TMP/c$n.csv"
	"$PUBTOOL" import -o - -f csv "$TMP/c$n.csv" >"$TMP/out" 2>"$TMP/err"
	echo "$n columns: rc $?"
	cut -c1-100 "$TMP/err"
	grep '^title:' "$TMP/out"
done
awk 'BEGIN { printf "Title,Year\nGood,2020\nBad"
    for (i = 1; i < 1000000; i++) printf ","; printf "\nAfter,2021\n" }' >"$TMP/row.csv"
"$PUBTOOL" import -o - -f csv "$TMP/row.csv" >"$TMP/out"; echo "row: rc $?"
grep '^title:' "$TMP/out"
awk 'BEGIN { s = "0123456789abcde\n"; while (length(s) < 10485760) s = s s
    printf "Title\nGood\n\"Open %s", s }' >"$TMP/open.csv"
"$PUBTOOL" import -o - -f csv "$TMP/open.csv" >"$TMP/out"; echo "open: rc $?"
grep '^title:' "$TMP/out"
