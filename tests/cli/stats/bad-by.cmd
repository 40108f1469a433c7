stats --by month profile/tito.txt
