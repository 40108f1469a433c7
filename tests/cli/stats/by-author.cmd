stats --by author profile/tito.txt
