stats --top 1000001 profile/tito.txt
