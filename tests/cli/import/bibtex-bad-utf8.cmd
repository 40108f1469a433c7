import -o - -f bibtex bad/bad-utf8.bib
