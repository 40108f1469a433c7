cite -F yaml -i profile/tito.txt -i yaml/precision.yaml autor2019june tito2018roofline
