import -o - -f bibtex bibtex/others.bib
