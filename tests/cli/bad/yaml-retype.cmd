import -o - -f yaml ../tests/bad/yaml-retype.yaml
