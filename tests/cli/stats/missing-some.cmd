stats --by area missing.txt profile/tito.txt
