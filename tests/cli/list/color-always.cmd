list --color=always --as-of 2026-11-26 profile/tito.txt
