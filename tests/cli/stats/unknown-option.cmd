stats --bogus profile/tito.txt
