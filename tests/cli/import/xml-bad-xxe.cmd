import -f atom -o - bad/xxe.xml
