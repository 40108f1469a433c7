import -f dblp -o - dblp/yokota.xml
