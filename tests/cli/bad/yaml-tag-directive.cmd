import -o - -f yaml ../tests/bad/yaml-tag-directive.yaml
