list --color=sometimes profile/tito.txt
