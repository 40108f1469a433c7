# Two imports into one library at the same time: the lock serialises
# them and neither loses the other's records.
lib=$TMP/library.yaml
"$PUBTOOL" import -q -L "$lib" profile/yokota.txt &
"$PUBTOOL" import -q -L "$lib" profile/tito.txt &
wait
grep -c '^key:' "$lib"
ls -A "$TMP"
