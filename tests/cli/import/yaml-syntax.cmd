import -o - bad/syntax.yaml
