filter -F text --color=always --area PF --as-of 2026-11-26 profile/tito.txt
