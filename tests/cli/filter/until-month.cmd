filter --until 2019-05 -F text yaml/precision.yaml
