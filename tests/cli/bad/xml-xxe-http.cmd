import -o - -f atom ../tests/bad/xml-xxe-http.xml
