stats -F yaml -
