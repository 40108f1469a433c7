# A rejected record leaves the library byte for byte as it was, unless
# --skip-invalid is given.
lib=$TMP/library.yaml
"$PUBTOOL" import -q -L "$lib" profile/tito.txt || exit
cp "$lib" "$TMP/before"
"$PUBTOOL" import -L "$lib" bad/feb30.txt
echo "rc=$?"
cmp "$lib" "$TMP/before" && echo unchanged
"$PUBTOOL" import --skip-invalid -L "$lib" bad/feb30.txt
echo "rc=$?"
grep -c '^key:' "$lib"
ls -A "$TMP"
