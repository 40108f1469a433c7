# With no FILE and -L, filter reads the library.
"$PUBTOOL" import -q -L "$TMP/library.yaml" profile/tito.txt || exit
"$PUBTOOL" filter -L "$TMP/library.yaml" --area AR -F text
