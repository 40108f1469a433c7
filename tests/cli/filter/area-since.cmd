filter --area CV --since 2023 --as-of 2026-11-26 profile/yokota.txt
