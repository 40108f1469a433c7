import -o - -f bibtex bad/eof-in-value.bib
