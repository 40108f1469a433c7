import -o - bad/malformed-headers.txt
