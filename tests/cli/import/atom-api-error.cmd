import -f atom -o - atom/error.xml
