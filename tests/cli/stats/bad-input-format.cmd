stats -f ris profile/tito.txt
