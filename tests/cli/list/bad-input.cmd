list profile/tito.txt bad/no-title.txt
