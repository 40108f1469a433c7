import -f dblp -o - bad/dblp-missing.xml
