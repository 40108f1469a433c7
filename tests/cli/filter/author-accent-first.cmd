filter --author "RUBEN TITO" --first-author -F text profile/tito.txt
