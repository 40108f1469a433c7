import -o - -f bibtex ../tests/bad/bibtex-at-eof.bib
