# pubtool-records(5) EXAMPLES: "A DBLP dump next to its dblp.dtd is read
# with the DTD's character entities; the same dump elsewhere is not:"
#   $ pubtool import -o - dblp/dblp.xml
#   $ cp dblp/dblp.xml /tmp/dblp.xml
#   $ pubtool import -o - /tmp/dblp.xml
#   pubtool: /tmp/dblp.xml:11:18: error: entity 'eacute' not defined: place
#   dblp.dtd next to dblp.xml
# (/tmp is $TMP here.)
"$PUBTOOL" import -o - dblp/dblp.xml || exit
cp dblp/dblp.xml "$TMP/dblp.xml"
"$PUBTOOL" import -o - "$TMP/dblp.xml"
echo "rc=$?"
