cite -F csljson -i yaml/citation.yaml
