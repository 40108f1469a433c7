stats -F csv --by area,year profile/tito.txt
