filter --year 1999 -F html profile/tito.txt
