list -F csv --by year profile/tito.txt
