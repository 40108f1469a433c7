# bibtex -> yaml -> bibtex is stable: the BibTeX that cite --ascii writes
# for the records of profile/tito.txt, imported as BibTeX and cited again,
# is the same byte for byte.
"$PUBTOOL" cite --ascii -i profile/tito.txt >"$TMP/a.bib" &&
"$PUBTOOL" import -o - -f bibtex "$TMP/a.bib" >"$TMP/a.yaml" &&
"$PUBTOOL" cite --ascii <"$TMP/a.yaml" >"$TMP/b.bib" &&
cmp "$TMP/a.bib" "$TMP/b.bib" &&
echo "tito --ascii: $(grep -c '^@' "$TMP/b.bib") entries, the same"
