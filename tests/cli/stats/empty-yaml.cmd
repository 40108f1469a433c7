stats -F yaml
