import --bogus profile/yokota.txt
