cite -F yaml -i profile/tito.txt
