import -o - -f atom ../tests/bad/xml-ebcdic.xml
