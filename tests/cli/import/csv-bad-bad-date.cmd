import -o - -f csv bad/bad-date.csv
