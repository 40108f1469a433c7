list -F ris profile/tito.txt
