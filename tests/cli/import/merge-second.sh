# A second author's profile merges beside the first: new keys only for
# the new papers, the first profile's keys untouched.
lib=$TMP/library.yaml
"$PUBTOOL" import -L "$lib" profile/yokota.txt || exit
grep '^key:' "$lib" | sort >"$TMP/keys1"
"$PUBTOOL" import -L "$lib" profile/tito.txt || exit
grep '^key:' "$lib" | sort >"$TMP/keys2"
[ -z "$(comm -23 "$TMP/keys1" "$TMP/keys2")" ] && echo keys kept
grep -c '^key:' "$lib"
grep -A6 '^profile:' "$lib"
