import -o - -f csv bad/control.csv
