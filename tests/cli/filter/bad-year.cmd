filter --year 19 profile/tito.txt
