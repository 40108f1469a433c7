import -o - bad/nul.txt
