import -o - -f csv bad/bad-utf8.csv
