import -o - -f csv csv/scholar.csv
