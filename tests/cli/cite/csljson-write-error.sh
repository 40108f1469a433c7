# A failed write of CSL-JSON or RIS is exit 4, reported once each.
"$PUBTOOL" cite -F csljson -i profile/yokota.txt >/dev/full
echo "csljson: $?"
"$PUBTOOL" cite -F ris -i profile/yokota.txt >/dev/full
echo "ris: $?"
