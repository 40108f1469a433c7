import -f dblp -o - dblp/dblp.xml
