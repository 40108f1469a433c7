import -o - -f csv csv/cr-only.csv
