filter -F ris profile/tito.txt
