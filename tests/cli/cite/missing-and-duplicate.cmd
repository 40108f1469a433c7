cite -F yaml -i profile/yokota.txt yokota2011tuned nobody2020none yokota2011tuned
