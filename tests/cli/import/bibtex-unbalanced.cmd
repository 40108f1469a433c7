import -o - -f bibtex bad/unbalanced.bib
