filter --limit many profile/tito.txt
