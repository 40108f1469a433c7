# import -o - output is read back by list: the same listing either way.
"$PUBTOOL" import -o - profile/yokota.txt | "$PUBTOOL" list >"$TMP/a" || exit
"$PUBTOOL" list profile/yokota.txt | cmp - "$TMP/a" && echo same
