import -o - -f atom ../tests/bad/xml-overlong-utf8.xml
