import -o - profile/missing.txt profile/tito.txt
