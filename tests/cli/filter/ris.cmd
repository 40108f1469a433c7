filter --year 2019 -F ris yaml/precision.yaml
