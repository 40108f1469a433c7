import -o - -f bibtex bad/duplicate-key.bib
