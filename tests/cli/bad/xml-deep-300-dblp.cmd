import -o - -f dblp ../tests/bad/xml-deep-300-dblp.xml
