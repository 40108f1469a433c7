# A record with two bad lines is one rejected record; the library is not
# changed while the input has errors.
"$PUBTOOL" import -L "$TMP/library.yaml" bad/two-bad-lines.txt
echo "rc=$?"
ls -A "$TMP"
