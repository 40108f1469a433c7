# Malformed SOURCE_DATE_EPOCH values are usage errors (exit 2) with a
# message, never a silent "today"; an empty one is the same as unset?
for v in abc "" -1 1e9 " 1795651200" 1795651200x 99999999999999999999 \
    0x10; do
	SOURCE_DATE_EPOCH=$v "$PUBTOOL" import -o - profile/tito.txt >/dev/null
	echo "'$v': rc $?"
done
