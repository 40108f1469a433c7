stats -F yaml --by author --top 3 --as-of 2026-11-26 profile/yokota.txt
