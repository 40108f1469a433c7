filter -F csv -f bogus profile/tito.txt
