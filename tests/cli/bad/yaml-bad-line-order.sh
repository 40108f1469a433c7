# A line with a bad byte is reported when libyaml comes to it, after the
# errors of the documents before it, though the reader hands libyaml many
# lines at once; the same from a file (one thread) and through a pipe
# (libyaml in a thread of its own).
printf -- '---\ntitle: "A"\ncolour: 1\n---\ntitle: "B"\nauthors: ["X\001Y"]\n---\ntitle: "C"\n' >"$TMP/o.yaml"
"$PUBTOOL" filter -F csv "$TMP/o.yaml"
echo "status $?"
cat "$TMP/o.yaml" | "$PUBTOOL" filter -F csv -
echo "status $?"
