import -f atom -o - bad/deep-300.xml
