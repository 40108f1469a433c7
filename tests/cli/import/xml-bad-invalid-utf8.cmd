import -f atom -o - bad/invalid-utf8.xml
