import -o - -f csv bad/no-title-column.csv
