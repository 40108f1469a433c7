import -o - -f csv csv/spreadsheet.csv
