import -o - -f csv ../tests/bad/csv-duplicate-column.csv
