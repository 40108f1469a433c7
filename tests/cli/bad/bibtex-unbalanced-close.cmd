import -o - -f bibtex ../tests/bad/bibtex-unbalanced-close.bib
