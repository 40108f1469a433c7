import -o - -f atom ../tests/bad/xml-xxe-attribute.xml
