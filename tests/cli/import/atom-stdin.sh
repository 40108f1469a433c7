# An Atom feed on standard input: messages name <stdin>.
"$PUBTOOL" import -f atom -o - < atom/yokota-page2.xml
