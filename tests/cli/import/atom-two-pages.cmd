import -f atom -o - atom/yokota.xml atom/yokota-page2.xml
