import -o - -f atom ../tests/bad/xml-char-ref-control.xml
