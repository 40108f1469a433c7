# Generated profile text: a 1 MB abstract on one line and a 1 MB title
# (each a single line of 1,048,576 bytes), between good records; both
# read whole, in time linear in their size.
awk 'BEGIN {
	s = "abcdefghijklmno "; while (length(s) < 1048576) s = s s
	printf "NAMar 5, 2012\nGood First Paper\n\nAna Autor\n\n%s\n\n", s
	printf "CVMar 6, 2012\n%s\n\nBen Autor\n\nShort.\n\n", s
	printf "CLJan 2, 2020\nGood Last Paper\n\nBen Autor\n\nEnd.\n"
}' >"$TMP/huge.txt"
wc -c <"$TMP/huge.txt"
"$PUBTOOL" import -o - -f profile "$TMP/huge.txt" >"$TMP/out"
echo "rc $?"
LC_ALL=C awk '/^(title|abstract):/ { print $1, length($0) - length($1) - 3 }' "$TMP/out"
