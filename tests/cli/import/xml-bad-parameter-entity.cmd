import -f atom -o - bad/parameter-entity.xml
