import -o - -f yaml ../tests/bad/yaml-tab-crlf-bom.yaml
