import -o - -f profile -
