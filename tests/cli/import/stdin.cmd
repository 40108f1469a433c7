import -o - -
