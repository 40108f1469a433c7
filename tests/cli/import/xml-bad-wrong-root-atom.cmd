import -f atom -o - bad/wrong-root.xml
