# filter's YAML output loses nothing: filtering with a criterion every
# record meets gives back what import -o gives.
"$PUBTOOL" import -o - profile/yokota.txt >"$TMP/all.yaml" || exit
"$PUBTOOL" filter --since 1900 profile/yokota.txt | cmp - "$TMP/all.yaml" && echo same
"$PUBTOOL" filter --since 1900 "$TMP/all.yaml" | cmp - "$TMP/all.yaml" && echo same again
