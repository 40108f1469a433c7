# pubtool-records(5) EXAMPLES: "An Atom feed that declares an external
# entity is refused before any of its entries is read, and the file the
# entity names is never opened:"
#   $ pubtool import -o - bad/xxe.xml
#   pubtool: bad/xxe.xml:7: error: external entity 'xxe' refused (SYSTEM
#   "file:///etc/passwd"): pubtool reads nothing outside its input
#   $ echo $?
#   3
# "The message is one line."
"$PUBTOOL" import -o - bad/xxe.xml
echo $?
