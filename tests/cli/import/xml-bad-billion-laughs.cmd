import -f atom -o - bad/billion-laughs.xml
