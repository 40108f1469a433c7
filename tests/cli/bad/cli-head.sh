# A reader that goes away early (| head -1) ends pubtool quietly: no
# message on standard error, whatever the command.  A large input makes
# sure the pipe is closed while pubtool is still writing.
for i in 1 2 3 4 5 6 7 8; do cat profile/yokota.txt; done >"$TMP/big.txt"
for args in "list" "filter" "cite -i" "cite -F text -i" "cite -F csv -i" \
    "import -o -" "stats"; do
	"$PUBTOOL" $args "$TMP/big.txt" --as-of 2026-11-26 \
	    2>"$TMP/err" | head -1 >/dev/null
	if [ -s "$TMP/err" ]; then echo "$args: stderr:"; cat "$TMP/err"
	else echo "$args: stderr empty"; fi
done
