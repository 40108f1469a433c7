filter --area LG -F markdown --as-of 2026-11-26 profile/yokota.txt
