# Every format is detected from its content: the records are the same as
# with the format forced by -f.
for pair in atom:atom/yokota.xml atom:atom/prefixed.xml dblp:dblp/yokota.xml \
    dblp:dblp/dblp.xml bibtex:bibtex/others.bib csv:csv/tito.csv \
    csv:csv/spreadsheet.csv csv:csv/zotero.csv yaml:yaml/precision.yaml \
    profile:profile/tito.txt; do
	f=${pair%%:*}
	file=${pair#*:}
	"$PUBTOOL" import -o - --as-of 2026-11-26 "$file" >"$TMP/detected" 2>&1
	"$PUBTOOL" import -o - --as-of 2026-11-26 -f "$f" "$file" >"$TMP/forced" 2>&1
	if cmp -s "$TMP/detected" "$TMP/forced"; then
		echo "$file: $f, $(grep -c '^key:' "$TMP/detected") records"
	else
		echo "$file: NOT detected as $f"
	fi
done
# From standard input too.
"$PUBTOOL" import -o - - <bibtex/others.bib | grep -c '^key:'
