list -w wide profile/tito.txt
