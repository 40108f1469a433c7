import -o - -f csv bad/quote-in-field.csv
