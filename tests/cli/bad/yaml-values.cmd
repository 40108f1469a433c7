import -o - -f yaml ../tests/bad/yaml-values.yaml
