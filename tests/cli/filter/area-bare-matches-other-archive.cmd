filter --area ml -F text yaml/precision.yaml
