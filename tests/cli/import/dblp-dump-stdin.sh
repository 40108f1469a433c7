# The dump on standard input has no directory, so no dblp.dtd: its first
# entity is reported with what to do.
"$PUBTOOL" import -f dblp -o - < dblp/dblp.xml
