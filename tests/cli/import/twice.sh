# Importing the same profile twice changes nothing, byte for byte.
lib=$TMP/lib/library.yaml
"$PUBTOOL" import -L "$lib" profile/yokota.txt || exit
cp "$lib" "$TMP/first.yaml"
"$PUBTOOL" import -L "$lib" profile/yokota.txt || exit
cmp "$lib" "$TMP/first.yaml" && echo unchanged
grep -c '^key:' "$lib"
ls -A "$TMP/lib"
