cite -F text -i profile/tito.txt
