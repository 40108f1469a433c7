stats -h
