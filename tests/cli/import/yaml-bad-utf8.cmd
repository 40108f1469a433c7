import -o - bad/bad-utf8.yaml
