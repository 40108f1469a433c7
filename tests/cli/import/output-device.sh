# -o to a device or a FIFO writes into it; it is never replaced by a
# file renamed over it (as root, that would destroy /dev/null).
"$PUBTOOL" import -o /dev/null profile/tito.txt || exit
test -c /dev/null && echo /dev/null is still a device
mkfifo "$TMP/fifo"
wc -l <"$TMP/fifo" &
"$PUBTOOL" import -o "$TMP/fifo" profile/tito.txt
wait
test -p "$TMP/fifo" && echo the FIFO is still a FIFO
