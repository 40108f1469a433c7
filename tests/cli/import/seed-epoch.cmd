import -o - profile/yokota.txt
