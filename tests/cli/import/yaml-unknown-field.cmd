import -o - bad/unknown-field.yaml
