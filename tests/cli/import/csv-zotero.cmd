import -o - -f csv csv/zotero.csv
