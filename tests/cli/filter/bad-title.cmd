filter --title "(" profile/tito.txt
