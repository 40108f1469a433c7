import -o - bad/bad-values.yaml
