import -o - bad/unknown-month.txt
