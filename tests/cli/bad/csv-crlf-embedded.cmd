import -o - -f csv ../tests/bad/csv-crlf-embedded.csv
