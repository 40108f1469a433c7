stats -L missing.yaml
