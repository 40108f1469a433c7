import -o - -f yaml ../tests/bad/yaml-tags.yaml
