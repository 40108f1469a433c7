stats -x profile/tito.txt
