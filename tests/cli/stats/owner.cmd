stats --by author --top 5 --owner 'L. A. Barba' --as-of 2026-11-26 profile/yokota.txt
