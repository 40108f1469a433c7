stats -f yaml profile/tito.txt
