# A failed write of the HTML listing is exit 4, reported once.
"$PUBTOOL" list -F html profile/yokota.txt >/dev/full
