cite -F csv -i profile/tito.txt
