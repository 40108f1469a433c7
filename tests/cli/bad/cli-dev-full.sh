# Every command writing to a full disk (/dev/full) exits 4 with one
# message, never 0.
for args in "import -o - profile/tito.txt" "list profile/tito.txt" \
    "filter profile/tito.txt" "cite -i profile/tito.txt" \
    "cite -F text -i profile/tito.txt" "cite -F csv -i profile/tito.txt" \
    "stats profile/tito.txt" "import -o /dev/full profile/tito.txt"; do
	"$PUBTOOL" $args --as-of 2026-11-26 >/dev/full
	echo "$args: rc $?"
done
