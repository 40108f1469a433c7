stats -w 10001 profile/tito.txt
