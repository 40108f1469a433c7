stats -f profile --by area profile/tito.txt
