import -o - -f csv bad/semicolon.csv
