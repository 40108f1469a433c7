import -o - -f bibtex profile/yokota.txt
