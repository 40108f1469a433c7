stats -w 40 --as-of 2026-11-26 profile/tito.txt
