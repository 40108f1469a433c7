# The dump copied elsewhere without its dblp.dtd, then with it.
cp dblp/dblp.xml "$TMP/dblp.xml"
"$PUBTOOL" import -f dblp -o - "$TMP/dblp.xml"
echo "rc=$?"
cp dblp/dblp.dtd "$TMP/dblp.dtd"
"$PUBTOOL" import -f dblp -o - "$TMP/dblp.xml" | grep -c '^title:'
