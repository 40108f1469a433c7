import -o - -F csv profile/yokota.txt
