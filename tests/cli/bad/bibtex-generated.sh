# Generated hostile BibTeX, each read in bounded time:
# - a # chain of 100,000 quoted strings (quadratic if concatenated naively);
# - 40 @string macros, each the previous one twice (2^40 bytes if expanded
#   blindly): refused at the 16 MiB limit of one macro;
# - one entry with 100,000 fields, all 'note': ten warnings, then one
#   that counts the rest;
# - a field of 10 MB (read) and one of 16 MiB + 1 byte (refused).
awk 'BEGIN {
	printf "@misc{chain, author = {Ana Autor}, title = \"x\""
	for (i = 0; i < 100000; i++) printf " # \"x\""
	printf "}\n"
}' >"$TMP/chain.bib"
"$PUBTOOL" import -o - -f bibtex "$TMP/chain.bib" >"$TMP/out"
echo "chain: rc $?"
LC_ALL=C awk '/^title:/ { print "title", length($0) - 9 }' "$TMP/out"

awk 'BEGIN {
	printf "@string{a0 = \"xxxxxxxx\"}\n"
	for (i = 1; i <= 40; i++) printf "@string{a%d = a%d # a%d}\n", i, i - 1, i - 1
	printf "@misc{boom, author = {Ana Autor}, title = a40}\n"
	printf "@misc{after, author = {Ana Autor}, title = {After}}\n"
}' >"$TMP/double.bib"
"$PUBTOOL" import -o - -f bibtex "$TMP/double.bib" >"$TMP/out"
echo "doubling: rc $?"
grep '^title:' "$TMP/out"

awk 'BEGIN {
	printf "@misc{fields, author = {Ana Autor}, title = {Fields}"
	for (i = 0; i < 100000; i++) printf ", note = {v%d}", i
	printf "}\n"
}' >"$TMP/fields.bib"
"$PUBTOOL" import -o - -f bibtex "$TMP/fields.bib" >"$TMP/out" 2>"$TMP/err"
echo "fields: rc $?"
grep '^title:' "$TMP/out"
grep -c "warning: duplicate field 'note'" "$TMP/err"
sed -n '1p;$p' "$TMP/err"

awk 'BEGIN {
	s = "0123456789abcdef"; while (length(s) < 16777216) s = s s
	printf "@misc{ten, author = {Ana Autor}, title = {Ten}, abstract = {%s}}\n", substr(s, 1, 10485760)
	printf "@misc{over, author = {Ana Autor}, title = {Over}, abstract = {%sx}}\n", s
	printf "@misc{after, author = {Ana Autor}, title = {After}}\n"
}' >"$TMP/big.bib"
"$PUBTOOL" import -o - -f bibtex "$TMP/big.bib" >"$TMP/out"
echo "big: rc $?"
LC_ALL=C awk '/^title:/ { print } /^abstract:/ { print "abstract", length($0) - 12 }' "$TMP/out"
