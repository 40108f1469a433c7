import -o - profile/tito.txt
