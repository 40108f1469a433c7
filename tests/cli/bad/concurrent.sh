# Concurrent writers lose nothing: 8 `pubtool import -L` processes at
# once into one new library, each adding 50 different records
# (profile/yokota.txt with the titles renamed per input), 20 rounds; after
# each round all 400 records and every input's titles must be there, and
# no temporary file left.  Under valgrind: 1 round.
rounds=20
case $PUBTOOL in *valgrind*) rounds=1 ;; esac
for k in 1 2 3 4 5 6 7 8; do
	awk -v k=$k 'NR <= 7 { next }
	    /^([0-9.]+)?[A-Z][A-Z](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]/ {
		print; h = 1; next }
	    h == 1 { print "Input " k ": " $0; h = 0; next }
	    { print }' profile/yokota.txt >"$TMP/in$k.txt"
done
r=1 bad=0
while [ $r -le $rounds ]; do
	rm -rf "$TMP/lib"
	mkdir "$TMP/lib"
	for k in 1 2 3 4 5 6 7 8; do
		"$PUBTOOL" import -q -L "$TMP/lib/library.yaml" "$TMP/in$k.txt" &
	done
	wait
	n=$(grep -c '^key:' "$TMP/lib/library.yaml")
	for k in 1 2 3 4 5 6 7 8; do
		c=$(grep -c "^title: \"Input $k: " "$TMP/lib/library.yaml")
		[ "$c" = 50 ] || n="$n (input $k: $c)"
	done
	left=$(ls -A "$TMP/lib" | grep -v -e '^library\.yaml$' \
	    -e '^library\.yaml\.lock$')
	if [ "$n" != 400 ] || [ -n "$left" ]; then
		bad=$((bad + 1)); echo "round $r: $n records, left: $left"
	fi
	r=$((r + 1))
done
echo "rounds with a lost record or a file left: $bad"
