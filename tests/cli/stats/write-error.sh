# A failed write to standard output is exit 4, reported once.
"$PUBTOOL" stats --as-of 2026-11-26 profile/yokota.txt >/dev/full
