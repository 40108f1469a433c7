import -f atom -o - atom/prefixed.xml
