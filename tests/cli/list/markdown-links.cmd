list -F markdown --by none csv/spreadsheet.csv
