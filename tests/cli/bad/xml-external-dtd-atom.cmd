import -o - -f atom ../tests/bad/xml-external-dtd-atom.xml
