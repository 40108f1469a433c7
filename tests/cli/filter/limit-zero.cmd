filter --limit 0 profile/tito.txt
