import -o - -f dblp ../tests/bad/xml-xinclude-fallback.xml
