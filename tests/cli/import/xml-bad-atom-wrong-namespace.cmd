import -f atom -o - bad/atom-wrong-namespace.xml
