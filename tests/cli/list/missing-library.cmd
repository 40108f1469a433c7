list -L missing.yaml
