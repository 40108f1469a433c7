import -o - -f yaml ../tests/bad/yaml-self-alias.yaml
