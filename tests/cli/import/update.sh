# A record seen again with a changed field is updated in place; its key
# stays.
lib=$TMP/library.yaml
"$PUBTOOL" import -L "$lib" profile/tito.txt || exit
sed 's/^Rubèn Tito, Mireia Puig$/Rubèn Tito, Mireia Puig, Ana Lúcia Ferreira/' \
    profile/tito.txt >"$TMP/tito2.txt"
"$PUBTOOL" import -L "$lib" "$TMP/tito2.txt" || exit
grep -B1 -A6 '^title: "Tail Latency' "$lib"
