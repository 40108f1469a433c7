filter --since 2019-06 -F html yaml/precision.yaml
