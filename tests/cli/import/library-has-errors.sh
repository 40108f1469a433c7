# A library with a bad record is left alone, and the message says what
# to do about it.
printf 'title: "Fine"\nauthors:\n- "A. Person"\n---\ntitle: "Bad"\nauthors: 7\n' \
    >"$TMP/lib.yaml"
cp "$TMP/lib.yaml" "$TMP/before.yaml"
"$PUBTOOL" import -q -L "$TMP/lib.yaml" --as-of 2026-11-26 profile/tito.txt
echo "rc $?"
cmp -s "$TMP/lib.yaml" "$TMP/before.yaml" && echo "library unchanged"
