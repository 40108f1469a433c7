import -o - -f yaml ../tests/bad/yaml-top-level.yaml
