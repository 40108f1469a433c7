stats --by author --top 5 --as-of 2026-11-26 profile/yokota.txt
