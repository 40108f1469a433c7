filter --area NA --author yokota --since 2012 --until 2012 -F text --as-of 2026-11-26 profile/yokota.txt
