cite -i profile/tito.txt -i - -i -
