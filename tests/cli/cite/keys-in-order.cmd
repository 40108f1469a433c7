cite -F yaml -i profile/yokota.txt yokota2012fmm yokota2011tuned
