list --sort area --by year profile/tito.txt
