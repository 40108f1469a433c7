import -f dblp -o - bad/external-dtd.xml
