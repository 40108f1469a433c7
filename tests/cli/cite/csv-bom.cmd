cite -F csv --bom -i yaml/precision.yaml autor2019may
