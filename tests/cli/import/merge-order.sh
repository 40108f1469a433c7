# The merged paper is the same whichever source comes first.
a=$TMP/a.yaml
b=$TMP/b.yaml
"$PUBTOOL" import -q -L "$a" --as-of 2026-11-26 profile/yokota.txt dblp/yokota.xml atom/yokota.xml || exit
"$PUBTOOL" import -q -L "$b" atom/yokota.xml dblp/yokota.xml || exit
"$PUBTOOL" import -q -L "$b" --as-of 2026-11-26 profile/yokota.txt || exit
"$PUBTOOL" filter -L "$a" --title 'tuned and scalable' -F yaml | sed '/^key:/d; /^sources:/,$d' >"$TMP/x"
"$PUBTOOL" filter -L "$b" --title 'tuned and scalable' -F yaml | sed '/^key:/d; /^sources:/,$d' >"$TMP/y"
diff "$TMP/x" "$TMP/y" && echo same fields
