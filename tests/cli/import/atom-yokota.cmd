import -f atom -o - atom/yokota.xml
