# A failed write to standard output is exit 4, reported once.
"$PUBTOOL" list profile/yokota.txt >/dev/full
