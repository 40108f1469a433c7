import -o - -f csv csv/tito.csv
