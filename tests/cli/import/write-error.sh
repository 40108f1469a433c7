# A failed write to standard output is exit 4, reported once.
"$PUBTOOL" import -o - profile/yokota.txt >/dev/full
