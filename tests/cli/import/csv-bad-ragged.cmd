import -o - -f csv bad/ragged.csv
