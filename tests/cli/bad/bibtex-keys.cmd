import -o - -f bibtex ../tests/bad/bibtex-keys.bib
