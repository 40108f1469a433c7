import -o - -f bibtex bad/missing-title.bib
