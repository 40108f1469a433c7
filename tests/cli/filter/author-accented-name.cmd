filter --author "ana lucia ferreira" -F text profile/tito.txt
