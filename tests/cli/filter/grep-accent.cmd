filter --grep "lucia" -F text profile/tito.txt
