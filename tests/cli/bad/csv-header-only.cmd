import -o - -f csv ../tests/bad/csv-header-only.csv
