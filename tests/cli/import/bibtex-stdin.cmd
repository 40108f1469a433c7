import -o - -f bibtex -
