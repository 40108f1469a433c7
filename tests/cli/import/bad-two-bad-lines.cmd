import -o - bad/two-bad-lines.txt
