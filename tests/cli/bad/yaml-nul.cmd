import -o - -f yaml ../tests/bad/yaml-nul.yaml
