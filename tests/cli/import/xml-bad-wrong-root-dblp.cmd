import -f dblp -o - bad/wrong-root.xml
