list -F yaml --by none profile/tito.txt
