stats - -
