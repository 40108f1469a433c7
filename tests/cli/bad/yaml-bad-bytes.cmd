import -o - -f yaml ../tests/bad/yaml-bad-bytes.yaml
