import -o - -f csv ../tests/bad/csv-quote-mid-eof.csv
