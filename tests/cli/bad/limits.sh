# The documented limits (pubtool(1), LIMITS), each at the limit and one
# past it, lowered with --max so that the inputs stay small; and the
# default of each limit that is cheap to reach (authors).  "N records"
# counts what came through.
count() { grep -c '^title:' "$TMP/out"; }
run() {		# run NAME ARGS...: import -o - ARGS, print rc and count
	name=$1; shift
	"$PUBTOOL" import -o - "$@" >"$TMP/out"
	echo "$name: rc $?, $(count) records"
}
title() {	# title N: N bytes of title text
	awk -v n="$1" 'BEGIN { while (n-- > 0) printf "t" }'
}

# field, profile text: a line of the profile is a field.  The longest
# line of the fixture is the limit.
max=$(LC_ALL=C awk '{ if (length($0) > m) m = length($0) } END { print m }' \
    profile/yokota.txt)
run "profile field=longest" --max field="$max" profile/yokota.txt
run "profile field=longest-1" --max field=$((max - 1)) profile/yokota.txt

# field, BibTeX: a value of 100 bytes and one of 101.
for n in 100 101; do
	printf '@misc{k%d, author = {Ana Autor}, title = {%s}}\n' "$n" \
	    "$(title $n)"
done >"$TMP/field.bib"
run "bibtex field=100" --max field=100 "$TMP/field.bib"

# field, YAML: the same as double-quoted scalars.
for n in 100 101; do
	printf -- '---\ntitle: "%s"\nauthors: ["Ana Autor"]\n' "$(title $n)"
done >"$TMP/field.yaml"
run "yaml field=100" --max field=100 "$TMP/field.yaml"

# field, CSV: the cells of a row together.
{ echo 'title,authors'; echo "$(title 98),AA"; echo "$(title 99),AA"; } \
    >"$TMP/field.csv"
run "csv field=100" --max field=100 "$TMP/field.csv"

# field, XML (DBLP): the text of an element.
{
	echo '<dblpperson name="Ana Autor">'
	for n in 100 101; do
		printf '<r><article key="journals/x/%d"><author>Ana Autor</author>' "$n"
		printf '<title>%s</title><year>2020</year></article></r>\n' \
		    "$(title $n)"
	done
	echo '</dblpperson>'
} >"$TMP/field.xml"
run "dblp field=100" --max field=100 "$TMP/field.xml"

# authors: three and four, then the default of 20000 and one more.
printf '@misc{three, author = {A B and C D and E F}, title = {Three}}\n%s\n' \
    '@misc{four, author = {A B and C D and E F and G H}, title = {Four}}' \
    >"$TMP/authors.bib"
run "authors=3" --max authors=3 "$TMP/authors.bib"
for n in 20000 20001; do
	awk -v n="$n" 'BEGIN {
		printf "@misc{a%d, title = {Many}, author = {A0 B", n
		for (i = 1; i < n; i++) printf " and A%d B", i
		printf "}}\n"
	}'
done >"$TMP/many.bib"
run "authors default" "$TMP/many.bib"

# depth, BibTeX: braces three deep in a value, then four.
printf '@misc{d3, author = {A B}, title = {a{b{c}}}}\n%s\n' \
    '@misc{d4, author = {A B}, title = {a{b{c{d}}}}}' >"$TMP/depth.bib"
run "bibtex depth=3" --max depth=3 "$TMP/depth.bib"

# depth, XML: the DBLP fixture nests four deep (dblpperson, r, article,
# title); three is one too few.
run "dblp depth=4" --max depth=4 dblp/yokota.xml
run "dblp depth=3" --max depth=3 dblp/yokota.xml

# input: the size of the file, then one byte less (the entry cut there
# is reported too).
size=$(wc -c <bibtex/others.bib)
run "input=size" --max input="$size" bibtex/others.bib
run "input=size-1" --max input=$((size - 1)) bibtex/others.bib

# Values: suffixes, and what is refused.
run "input=1M" --max input=1M bibtex/others.bib
"$PUBTOOL" list --max field=1x profile/yokota.txt
echo "bad value: rc $?"
"$PUBTOOL" list --max field=2G profile/yokota.txt
echo "too big: rc $?"
"$PUBTOOL" list --max lines=10 profile/yokota.txt
echo "bad name: rc $?"
"$PUBTOOL" list --max input=0 -w 0 profile/yokota.txt >/dev/null
echo "input=0 (none): rc $?"
