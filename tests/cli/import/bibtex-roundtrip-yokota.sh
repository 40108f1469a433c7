# bibtex -> yaml -> bibtex is stable: a BibTeX file converted once (read
# into records and cited again) converts to itself the second time, byte
# for byte.  The file here is the BibTeX cite writes for the seed; the
# first conversion reads its TeX dash ligatures (--) as dashes.
conv() {
	"$PUBTOOL" import -o - -f bibtex "$1" | "$PUBTOOL" cite
}
"$PUBTOOL" cite -i profile/yokota.txt >"$TMP/a.bib" &&
conv "$TMP/a.bib" >"$TMP/b.bib" &&
conv "$TMP/b.bib" >"$TMP/c.bib" &&
cmp "$TMP/b.bib" "$TMP/c.bib" &&
echo "yokota: $(grep -c '^@' "$TMP/c.bib") entries, the same"
# What the first conversion changed: the dashes only.
diff "$TMP/a.bib" "$TMP/b.bib" | grep -c '^>'
