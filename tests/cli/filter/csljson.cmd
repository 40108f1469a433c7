filter --area PF -F csljson --as-of 2026-11-26 profile/tito.txt
