list -F html --fragment --by year atom/yokota.xml
