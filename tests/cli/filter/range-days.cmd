filter --since 2019-06-01 --until 2019-12-31 -F text yaml/precision.yaml
