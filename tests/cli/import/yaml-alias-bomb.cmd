import -o - bad/alias-bomb.yaml
