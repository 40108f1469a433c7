import -o - -f yaml ../tests/bad/yaml-alias-bomb-record.yaml
