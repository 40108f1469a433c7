# The library survives an interrupted import.  Each round starts from the
# same library (profile/tito.txt), starts `pubtool import -L` of about
# 5 MB of profile text (profile/yokota.txt 75 times, titles renamed) and
# kills it after a random delay between 0 and 1.2 times the length of an
# uninterrupted import: SIGKILL in even rounds, SIGINT in odd ones.  The
# library must then be byte-identical to before or to the result of the
# uninterrupted import, never anything in between.  After SIGINT no
# temporary file (.library.yaml.XXXXXX) may be left; after SIGKILL one
# may be (nothing can remove it), and it is counted, not an error.
# Background jobs of a script ignore SIGINT, so pubtool is started with
# it restored (env --default-signal, GNU coreutils).  Under valgrind:
# fewer rounds and a smaller input.
rounds=20 copies=75
case $PUBTOOL in *valgrind*) rounds=4 copies=5 ;; esac
n=1
while [ $n -le $copies ]; do
	awk -v n=$n 'NR <= 7 { next }
	    /^([0-9.]+)?[A-Z][A-Z](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]/ {
		print; h = 1; next }
	    h == 1 { print "Copy " n " of " $0; h = 0; next }
	    { print }' profile/yokota.txt
	n=$((n + 1))
done >"$TMP/big.txt"
lib=$TMP/lib/library.yaml
mkdir "$TMP/lib"
"$PUBTOOL" import -q -L "$lib" profile/tito.txt || exit
cp "$lib" "$TMP/before.yaml"
start=$(date +%s%N)
"$PUBTOOL" import -q -L "$lib" "$TMP/big.txt" || exit
ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp "$lib" "$TMP/after.yaml"
[ "$(grep -c '^key:' "$TMP/after.yaml")" = $((copies * 50 + 8)) ] &&
    echo "full import: every record added"

r=1 torn=0 left_int=0 left_kill=0 same=0 updated=0
while [ $r -le $rounds ]; do
	cp "$TMP/before.yaml" "$lib"
	if [ $((r % 2)) = 0 ]; then sig=KILL; else sig=INT; fi
	delay=$(od -An -N2 -tu2 /dev/urandom |
	    awk -v ms="$ms" '{ printf "%.3f", $1 / 65535 * ms * 1.2 / 1000 }')
	env --default-signal=INT "$PUBTOOL" import -q -L "$lib" "$TMP/big.txt" &
	pid=$!
	sleep "$delay"
	kill -s $sig $pid 2>/dev/null
	wait $pid 2>/dev/null
	if cmp -s "$lib" "$TMP/before.yaml"; then same=$((same + 1))
	elif cmp -s "$lib" "$TMP/after.yaml"; then updated=$((updated + 1))
	else torn=$((torn + 1)); cp "$lib" "$TMP/torn.$r"
	fi
	for t in "$TMP"/lib/.library.yaml.*; do
		[ -e "$t" ] || continue
		if [ $sig = INT ]; then left_int=$((left_int + 1))
		else left_kill=$((left_kill + 1)); fi
		rm -f "$t"
	done
	r=$((r + 1))
done
echo "torn libraries: $torn"
echo "temporary files left after SIGINT: $left_int"
# Varies from run to run, so to standard error only when asked.
[ -n "${KILL_VERBOSE:-}" ] && echo "unchanged $same, updated $updated," \
    "temp files after SIGKILL $left_kill, full import $ms ms" >&2
ls -A "$TMP/lib"
