import -o - -f bibtex ../tests/bad/bibtex-bad-utf8.bib
