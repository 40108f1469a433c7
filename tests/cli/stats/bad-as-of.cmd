stats --as-of 2026-02-30 profile/tito.txt
