import -o - -f csv ../tests/bad/csv-unterminated-header.csv
