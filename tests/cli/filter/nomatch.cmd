filter --year 1999 profile/tito.txt
