import -o - -f csv bad/nul.csv
