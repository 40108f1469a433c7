list --by month profile/tito.txt
