list -w 40 profile/tito.txt
