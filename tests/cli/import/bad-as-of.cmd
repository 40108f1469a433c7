import -o - --as-of 2026-13-01 profile/yokota.txt
