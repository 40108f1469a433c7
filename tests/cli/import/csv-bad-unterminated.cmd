import -o - -f csv bad/unterminated.csv
