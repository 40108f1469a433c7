# Every command's output is byte-identical under LC_ALL=C, POSIX and
# C.UTF-8 and TZ=UTC, Asia/Tokyo, America/St_Johns (-03:30),
# Pacific/Kiritimati (+14), a TZ that names no zone and a POSIX TZ rule;
# "import" converts profile text with year-less dates, DBLP XML and
# BibTeX.  Under valgrind only one other setting is compared.
lib=$TMP/library.yaml
"$PUBTOOL" import -q -L "$lib" profile/yokota.txt profile/tito.txt \
    dblp/yokota.xml atom/yokota.xml bibtex/others.bib csv/zotero.csv \
    2>/dev/null
envs='LC_ALL=C,TZ=UTC LC_ALL=POSIX,TZ=UTC LC_ALL=C.UTF-8,TZ=Asia/Tokyo
LC_ALL=C,TZ=America/St_Johns LC_ALL=C.UTF-8,TZ=Pacific/Kiritimati
LC_ALL=C,TZ=Nowhere/Else LC_ALL=C.UTF-8,TZ=EST+5EDT,M3.2.0/2,M11.1.0/2'
case $PUBTOOL in *valgrind*) envs=LC_ALL=C,TZ=Pacific/Kiritimati ;; esac
for cmd in "list" "list --by year" "filter" "cite" "cite -F text" \
    "cite -F csv" "stats" "import"; do
	if [ "$cmd" = import ]; then
		set -- import -o - profile/yokota.txt dblp/yokota.xml \
		    bibtex/others.bib
	else
		set -- $cmd -L "$lib"
	fi
	LC_ALL=C.UTF-8 TZ=UTC "$PUBTOOL" "$@" >"$TMP/ref" 2>&1
	differ=
	for e in $envs; do
		lc=${e%%,*} tz=${e#*,}
		env "$lc" "$tz" "$PUBTOOL" "$@" >"$TMP/got" 2>&1
		cmp -s "$TMP/ref" "$TMP/got" || differ="$differ [$e]"
	done
	echo "$cmd: ${differ:-identical}"
done
