import -o - -f csv bad/no-title.csv
