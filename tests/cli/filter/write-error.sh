# A failed write to standard output is exit 4, reported once.
"$PUBTOOL" filter profile/yokota.txt >/dev/full
