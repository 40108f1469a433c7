# -o FILE writes the same records as -o -, and only FILE.
"$PUBTOOL" import -o "$TMP/out.yaml" profile/tito.txt || exit
"$PUBTOOL" import -o - profile/tito.txt | cmp - "$TMP/out.yaml" && echo same
ls -A "$TMP"
