stats -F csv --by author --csv-raw --bom -
