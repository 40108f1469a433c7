import -o - -f atom ../tests/bad/xml-parameter-entity-nested.xml
