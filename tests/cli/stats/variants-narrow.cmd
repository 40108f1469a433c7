stats -w 36 -
