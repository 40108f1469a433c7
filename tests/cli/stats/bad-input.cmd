stats --by area profile/tito.txt bad/no-title.txt
