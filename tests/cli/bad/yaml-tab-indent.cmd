import -o - -f yaml ../tests/bad/yaml-tab-indent.yaml
