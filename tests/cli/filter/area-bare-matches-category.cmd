filter --area LG -F text yaml/precision.yaml
