# YAML written by import -o reads back to the very same YAML.
"$PUBTOOL" import -o - profile/yokota.txt >"$TMP/a.yaml" || exit
"$PUBTOOL" import -o - "$TMP/a.yaml" >"$TMP/b.yaml" || exit
cmp "$TMP/a.yaml" "$TMP/b.yaml" && echo identical
"$PUBTOOL" import -o - - <"$TMP/a.yaml" | cmp - "$TMP/a.yaml" && echo stdin identical
