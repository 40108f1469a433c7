list -F markdown --by area,year --as-of 2026-11-26 profile/tito.txt
