import -o - -f csv ../tests/bad/csv-empty.csv
