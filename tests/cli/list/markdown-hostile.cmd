list -F markdown --by area,year yaml/web.yaml
