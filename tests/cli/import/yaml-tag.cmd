import -o - bad/tag.yaml
