# A directory as an input, in every format, and as the library: exit 4,
# with one message, and nothing written.
for f in profile yaml atom dblp bibtex csv; do
	"$PUBTOOL" import -o - -f "$f" ../tests/bad
	echo "$f: rc $?"
done
"$PUBTOOL" import -o - ../tests/bad; echo "detect: rc $?"
mkdir "$TMP/lib"
"$PUBTOOL" import -L "$TMP/lib" profile/tito.txt; echo "library: rc $?"
"$PUBTOOL" list -L "$TMP/lib"; echo "list library: rc $?"
"$PUBTOOL" import -o "$TMP/lib" profile/tito.txt; echo "output: rc $?"
ls -A "$TMP/lib"
