import -o - -f yaml ../tests/bad/yaml-undefined-alias.yaml
