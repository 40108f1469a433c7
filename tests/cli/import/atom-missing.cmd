import -f atom -o - bad/atom-missing.xml
