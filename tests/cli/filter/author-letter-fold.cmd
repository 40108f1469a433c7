filter --author "jonas oster" -F text profile/tito.txt
