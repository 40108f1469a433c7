import -o - -f bibtex ../tests/bad/bibtex-self-ref.bib
