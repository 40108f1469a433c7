cite -F ris -i -
