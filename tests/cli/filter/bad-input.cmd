filter --area NA profile/tito.txt bad/feb30.txt
