stats --by area,year -w 30 --as-of 2026-11-26 profile/yokota.txt
