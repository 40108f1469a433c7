import -o - -f csv -
