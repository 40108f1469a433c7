# The order of the inputs (pubtool-import(1), Order of the inputs).
# In one run it never matters, also for inputs that share papers; over
# separate runs it does not matter unless the sources disagree on what a
# key is made of, as the profile and DBLP do on one paper's year.
same() {	# same A B: "A B" and "B A" in one run, then in two runs
	rm -f "$TMP"/*.yaml
	"$PUBTOOL" import -q -L "$TMP/ab.yaml" "$1" "$2"
	"$PUBTOOL" import -q -L "$TMP/ba.yaml" "$2" "$1"
	"$PUBTOOL" import -q -L "$TMP/a_b.yaml" "$1"
	"$PUBTOOL" import -q -L "$TMP/a_b.yaml" "$2"
	"$PUBTOOL" import -q -L "$TMP/b_a.yaml" "$2"
	"$PUBTOOL" import -q -L "$TMP/b_a.yaml" "$1"
	one=differ two=differ
	cmp -s "$TMP/ab.yaml" "$TMP/ba.yaml" && one=same
	cmp -s "$TMP/a_b.yaml" "$TMP/b_a.yaml" && two=same
	cmp -s "$TMP/ab.yaml" "$TMP/a_b.yaml" && [ $two = same ] && two=same-as-one
	echo "$1 + $2: one run $one, two runs $two"
}
export SOURCE_DATE_EPOCH=1795651200
same profile/yokota.txt atom/yokota.xml
same dblp/yokota.xml atom/yokota.xml
same profile/tito.txt csv/tito.csv
same atom/yokota.xml atom/yokota-page2.xml
same csv/zotero.csv bibtex/others.bib
same profile/yokota.txt bibtex/others.bib
same dblp/yokota.xml bibtex/others.bib
same profile/yokota.txt dblp/yokota.xml
# The one difference: the key of the paper whose year they disagree on.
diff "$TMP/a_b.yaml" "$TMP/b_a.yaml"
