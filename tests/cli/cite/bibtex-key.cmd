cite -i yaml/precision.yaml autor2019may
