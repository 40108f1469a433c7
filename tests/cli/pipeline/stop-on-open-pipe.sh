# When --limit stops the reading, pubtool ends at once even if the pipe
# it reads stays open: the reading thread is not left waiting for input.
for f in profile/yokota.txt yaml/citation.yaml; do
	rm -f "$TMP/fifo"
	mkfifo "$TMP/fifo" || exit
	# 300 KiB of records, then the pipe stays open for 30 seconds.
	(i=0; while [ $i -lt 150 ]; do cat "$f"; i=$((i + 1)); done
	    exec sleep 30) >"$TMP/fifo" &
	writer=$!
	timeout 10 "$PUBTOOL" filter --limit 3 -F csv - <"$TMP/fifo" \
	    >"$TMP/out"
	echo "$f: status $?, $(wc -l <"$TMP/out") lines"
	kill "$writer" 2>/dev/null
	wait "$writer" 2>/dev/null
done
