list -F html --by area,year yaml/web.yaml
