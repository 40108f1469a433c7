# A 10 MB field is read in time linear in its size: an abstract of
# 655,360 pieces of TeX, 13 bytes each once read (8,519,680 bytes).
awk 'BEGIN {
	printf "@misc{big, title = {Big}, abstract = {"
	for (i = 0; i < 655360; i++)
		printf "{\\\"u}word {x} \\ss"
	printf "}}\n"
}' >"$TMP/field.bib"
wc -c <"$TMP/field.bib"
timeout 15 "$PUBTOOL" import -o - -f bibtex "$TMP/field.bib" |
    LC_ALL=C awk '/^key:/ { key = $2 }
	/^(title|abstract):/ { print key, $1, length($0) - length($1) - 3 }'
