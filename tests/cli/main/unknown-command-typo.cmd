lsit --by year
