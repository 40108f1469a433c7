filter --year 2012 -F text --as-of 2026-11-26 profile/yokota.txt
