list -F html --fragment --by area,year yaml/precision.yaml
