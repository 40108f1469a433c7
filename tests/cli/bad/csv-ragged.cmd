import -o - -f csv ../tests/bad/csv-ragged.csv
