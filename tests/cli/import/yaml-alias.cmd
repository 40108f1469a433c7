import -o - bad/alias.yaml
