stats -w wide profile/tito.txt
