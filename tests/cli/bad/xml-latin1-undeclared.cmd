import -o - -f atom ../tests/bad/xml-latin1-undeclared.xml
