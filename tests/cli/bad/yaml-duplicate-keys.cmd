import -o - -f yaml ../tests/bad/yaml-duplicate-keys.yaml
