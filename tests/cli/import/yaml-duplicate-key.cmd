import -o - bad/duplicate-key.yaml
