import -o - -f ris profile/yokota.txt
