# Pathological BibTeX read in time linear in its size: a # chain of
# 100,000 parts, 100,000 fields in one entry, braces nested 100,000 deep
# (refused past 256 levels; the entry after it is still read).
awk 'BEGIN {
	printf "@string{a = \"ab\"}\n@misc{chain, title = a"
	for (i = 0; i < 100000; i++)
		printf " # a"
	printf "}\n@misc{fields, title = {Fields}"
	for (i = 0; i < 100000; i++)
		printf ", f%d = {v}", i
	printf "}\n@misc{deep, title = {"
	for (i = 0; i < 100000; i++)
		printf "{"
	for (i = 0; i < 100000; i++)
		printf "}"
	printf "}}\n@misc{after, title = {After}}\n"
}' >"$TMP/chain.bib"
wc -c <"$TMP/chain.bib"
timeout 15 "$PUBTOOL" import -o - -f bibtex "$TMP/chain.bib" |
    LC_ALL=C awk '/^key:/ { key = $2 }
	/^title:/ { print key, $1, length($0) - length($1) - 3 }'
