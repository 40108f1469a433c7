cite -i profile/tito.txt
