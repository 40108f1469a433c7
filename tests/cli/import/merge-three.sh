# One author's papers from a profile, a DBLP export and an arXiv feed:
# one record per paper, enriched with venue, DOI and arXiv id, keys kept.
lib=$TMP/library.yaml
"$PUBTOOL" import -L "$lib" --as-of 2026-11-26 profile/yokota.txt || exit
"$PUBTOOL" import -L "$lib" dblp/yokota.xml || exit
"$PUBTOOL" import -L "$lib" atom/yokota.xml || exit
grep -c '^key:' "$lib"
"$PUBTOOL" filter -L "$lib" --title 'tuned and scalable' -F yaml |
    grep -v '^abstract:'
# Importing all three again changes nothing.
cp "$lib" "$TMP/before"
"$PUBTOOL" import -q -L "$lib" --as-of 2026-11-26 profile/yokota.txt \
    dblp/yokota.xml atom/yokota.xml || exit
cmp "$lib" "$TMP/before" && echo unchanged
