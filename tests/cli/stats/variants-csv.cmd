stats -F csv --by author -
