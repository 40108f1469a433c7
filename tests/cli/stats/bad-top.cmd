stats --top -1 profile/tito.txt
