list -F csv profile/tito.txt
