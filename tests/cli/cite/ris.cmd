cite -F ris -i yaml/citation.yaml
