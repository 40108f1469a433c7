list -
