# A feed cut off in its third entry, into a library: two records read,
# the cut one counted as rejected, the library not changed.
"$PUBTOOL" import -f atom -L "$TMP/library.yaml" bad/truncated.xml
echo "rc=$?"
ls -A "$TMP"
