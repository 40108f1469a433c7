import -o - -f bibtex bad/unknown-macro.bib
