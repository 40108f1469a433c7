stats -
