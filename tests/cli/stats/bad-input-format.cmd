stats -f bibtex profile/tito.txt
