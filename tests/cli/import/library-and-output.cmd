import -L lib.yaml -o - profile/yokota.txt
