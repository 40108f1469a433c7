# Count a library: import a profile into it, then stats -L.
"$PUBTOOL" import -q -L "$TMP/library.yaml" --as-of 2026-11-26 \
    profile/tito.txt || exit
"$PUBTOOL" stats -L "$TMP/library.yaml" --by area,year
