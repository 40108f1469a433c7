list -F markdown --by none --sort title -w 20 yaml/precision.yaml
