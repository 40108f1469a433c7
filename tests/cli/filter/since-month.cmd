filter --since 2019-06 -F text yaml/precision.yaml
