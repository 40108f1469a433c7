filter --area stat.ML,cs.CV -F text yaml/precision.yaml
