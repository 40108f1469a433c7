stats --width=20 --by area --as-of 2026-11-26 profile/yokota.txt
