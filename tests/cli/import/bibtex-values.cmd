import -o - -f bibtex bad/values.bib
