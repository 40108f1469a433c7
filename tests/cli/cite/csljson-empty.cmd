cite -F csljson -i -
