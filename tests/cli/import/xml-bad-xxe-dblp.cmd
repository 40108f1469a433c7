import -f dblp -o - bad/xxe.xml
