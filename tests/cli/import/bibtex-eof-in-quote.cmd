import -o - -f bibtex bad/eof-in-quote.bib
