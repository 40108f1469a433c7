import -o - -f bibtex ../tests/bad/bibtex-backslash-eof.bib
