filter --author tito -F text yaml/precision.yaml
