import -o - - -
