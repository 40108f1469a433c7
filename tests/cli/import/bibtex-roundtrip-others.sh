# A .bib written by others, imported and cited, then imported and cited
# again, gives the same BibTeX the second time, in UTF-8 and in ASCII.
for opt in "" --ascii; do
	"$PUBTOOL" import -o - -f bibtex bibtex/others.bib 2>/dev/null |
	    "$PUBTOOL" cite $opt >"$TMP/a.bib" &&
	"$PUBTOOL" import -o - -f bibtex "$TMP/a.bib" |
	    "$PUBTOOL" cite $opt >"$TMP/b.bib" &&
	cmp "$TMP/a.bib" "$TMP/b.bib" &&
	echo "others.bib${opt:+ $opt}: $(grep -c '^@' "$TMP/b.bib") entries, the same"
done
