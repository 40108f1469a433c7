filter --year 1900 -F csljson yaml/precision.yaml
