import -f dblp -o - bad/dblp-no-dtd.xml
