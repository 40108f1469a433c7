list -F bibtex --by none profile/tito.txt
