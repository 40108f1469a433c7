import -o - -f atom ../tests/bad/xml-wrong-namespace-entry.xml
