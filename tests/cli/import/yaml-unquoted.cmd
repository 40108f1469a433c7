import -o - bad/unquoted.yaml
