list -F html --by none yaml/precision.yaml
