import -o - -f bibtex bad/self-ref-string.bib
