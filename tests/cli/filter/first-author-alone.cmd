filter --first-author profile/tito.txt
