import -o - -f dblp ../tests/bad/xml-billion-laughs-attribute.xml
