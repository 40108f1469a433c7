stats profile/tito.txt --top
