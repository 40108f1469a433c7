import -o - bad/feb30.txt
