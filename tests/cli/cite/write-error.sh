# A failed write to standard output is exit 4, reported once.
"$PUBTOOL" cite -i profile/yokota.txt >/dev/full
