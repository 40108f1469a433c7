import -f atom -o - bad/xinclude.xml
