stats -F bibtex profile/tito.txt
