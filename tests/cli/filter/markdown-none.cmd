filter --year 1999 -F markdown profile/tito.txt
