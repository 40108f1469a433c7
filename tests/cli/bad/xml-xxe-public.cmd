import -o - -f dblp ../tests/bad/xml-xxe-public.xml
