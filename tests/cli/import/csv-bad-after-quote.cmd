import -o - -f csv bad/after-quote.csv
