stats -F csv
