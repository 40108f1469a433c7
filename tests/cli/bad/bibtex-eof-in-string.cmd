import -o - -f bibtex ../tests/bad/bibtex-eof-in-string.bib
