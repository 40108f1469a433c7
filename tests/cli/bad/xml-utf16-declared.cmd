import -o - -f atom ../tests/bad/xml-utf16-declared.xml
