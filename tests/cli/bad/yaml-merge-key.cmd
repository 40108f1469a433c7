import -o - -f yaml ../tests/bad/yaml-merge-key.yaml
