cite -F ris -i profile/tito.txt
