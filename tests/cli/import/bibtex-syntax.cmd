import -o - -f bibtex bad/syntax.bib
