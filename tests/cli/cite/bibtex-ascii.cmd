cite --ascii -i profile/tito.txt
