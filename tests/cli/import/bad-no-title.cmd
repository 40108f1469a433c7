import -o - bad/no-title.txt
