import -o - -f bibtex bad/eof-in-entry.bib
