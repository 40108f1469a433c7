# Output does not depend on the run, the locale or the time zone:
# - importing the same inputs again leaves the library byte-identical;
# - year-less dates do not depend on TZ (locale.sh checks every
#   command's output under several LC_ALL and TZ values);
# - two inputs with no record in common imported A then B and B then A
#   give the same records.  (Not byte-identical: records are kept in
#   the order they were added, and when A and B share a paper its key
#   and the order of its sources follow the import order too; reported
#   in tests/bad/README.)
lib=$TMP/library.yaml
set -- profile/yokota.txt profile/tito.txt dblp/yokota.xml atom/yokota.xml \
    bibtex/others.bib csv/zotero.csv
"$PUBTOOL" import -q -L "$lib" "$@" 2>/dev/null
cp "$lib" "$TMP/first.yaml"
"$PUBTOOL" import -q -L "$lib" "$@" 2>/dev/null
"$PUBTOOL" import -q -L "$lib" "$@" 2>/dev/null
cmp "$lib" "$TMP/first.yaml" && echo "re-import: byte-identical"

# Profile text with year-less dates ("May 27") around midnight UTC: the
# epoch pinned to 2026-11-26 00:00:00 is still the 25th in America.
for tz in UTC America/Los_Angeles Pacific/Kiritimati; do
	TZ=$tz "$PUBTOOL" import -o - profile/yokota.txt | grep -m 1 '^date:'
done

awk 'NR <= 7' profile/yokota.txt >"$TMP/a.txt"
awk 'NR <= 7' profile/yokota.txt >"$TMP/b.txt"
awk 'NR > 7' profile/yokota.txt | awk -v a="$TMP/a.txt" -v b="$TMP/b.txt" '
    /^([0-9.]+)?[A-Z][A-Z](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]/ { n++ }
    { print >> (n % 2 ? a : b) }'
"$PUBTOOL" import -q -L "$TMP/ab.yaml" "$TMP/a.txt" "$TMP/b.txt"
"$PUBTOOL" import -q -L "$TMP/ba.yaml" "$TMP/b.txt"
"$PUBTOOL" import -q -L "$TMP/ba.yaml" "$TMP/a.txt"
for f in ab ba; do
	sed '1{/^---$/d}' "$TMP/$f.yaml" | awk 'BEGIN { RS = "\n---\n" }
	    { sub(/\n$/, ""); gsub(/\n/, "\001"); print }' | sort >"$TMP/$f.sorted"
done
cmp -s "$TMP/ab.sorted" "$TMP/ba.sorted" &&
    echo "A then B, B then A: the same $(grep -c '^key:' "$TMP/ab.yaml") records"
