import -o - bad/no-authors.txt
