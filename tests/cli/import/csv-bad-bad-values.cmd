import -o - -f csv bad/bad-values.csv
