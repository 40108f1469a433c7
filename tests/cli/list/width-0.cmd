list -w 0 --by none profile/tito.txt
