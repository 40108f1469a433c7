import -o - -f atom ../tests/bad/xml-recursive-entity.xml
