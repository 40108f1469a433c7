# A pipe, or a file of 256 KiB or more, is read in a thread of its own
# (pipeline.c); a small file, or any with PUBTOOL_THREADS=1, without one.
# Both must give the same output, the same messages in the same order and
# the same status: for every fixture and bad input of the text readers,
# through a pipe, and for a generated input of many batches, also when
# --limit stops the reading while the reader waits for a free batch, and
# when records over the authors limit are dropped (by the reading thread,
# which also keys them).
cd .. || exit	# from fixtures/
same() {	# label, then the two output prefixes
	if ! cmp -s "$2.out" "$3.out" || ! cmp -s "$2.err" "$3.err"; then
		echo "differs: $1"
		diff "$2.err" "$3.err" | head -5
	fi
}
n=0
for f in fixtures/profile/* fixtures/bibtex/* fixtures/csv/* \
    fixtures/yaml/* fixtures/bad/*.txt fixtures/bad/*.bib \
    fixtures/bad/*.csv fixtures/bad/*.yaml; do
	for args in "filter" "filter --limit 2" "cite -F bibtex -i"; do
		# shellcheck disable=SC2086
		"$PUBTOOL" $args "$f" --as-of 2026-11-26 >"$TMP/a.out" \
		    2>"$TMP/a.err"
		echo $? >>"$TMP/a.out"
		# shellcheck disable=SC2086
		cat "$f" | "$PUBTOOL" $args - --as-of 2026-11-26 \
		    >"$TMP/b.out" 2>"$TMP/b.raw"
		echo $? >>"$TMP/b.out"
		sed "s|^pubtool: <stdin>:|pubtool: $f:|" "$TMP/b.raw" \
		    >"$TMP/b.err"
		same "pubtool $args $f" "$TMP/a" "$TMP/b"
		n=$((n + 1))
	done
done
echo "fixtures through a pipe: $n runs"
# 2000 records (2.3 MB): ten batches, bad records and a second
# profile header among them.
python3 bench/gen.py profile 1000 >"$TMP/big.txt" || exit
cat fixtures/bad/two-bad-lines.txt fixtures/bad/no-title.txt \
    fixtures/bad/nul.txt >>"$TMP/big.txt"
python3 bench/gen.py profile 1000 >>"$TMP/big.txt" || exit
python3 bench/gen.py bibtex 1000 >"$TMP/big.bib" || exit
cat fixtures/bad/syntax.bib fixtures/bad/unbalanced.bib >>"$TMP/big.bib"
python3 bench/gen.py bibtex 1000 | sed 's/^@article{/@article{x/' \
    >>"$TMP/big.bib" || exit
# The same as pubtool YAML, with a bad byte, an unknown field and a
# syntax error among its 2000 documents (libyaml parses in a thread).
PUBTOOL_THREADS=1 "$PUBTOOL" import -q -o - --as-of 2026-11-26 \
    "$TMP/big.txt" 2>/dev/null | awk '
	NR >= 5000 && !bad && /^title: "/ { sub(/"/, "\"\377"); bad = 1 }
	NR >= 9000 && !col && /^---$/ { print; print "colour: 1"; col = 1
	    next }
	NR == 24000 { print "title: [" }
	{ print }' >"$TMP/big.yaml"
for args in "filter $TMP/big.txt" "filter --limit 1200 $TMP/big.txt" \
    "filter $TMP/big.yaml" "filter --limit 1000 $TMP/big.yaml" \
    "filter -F csv $TMP/big.txt" "cite -F bibtex -i $TMP/big.bib" \
    "filter --limit 7 $TMP/big.bib" "cite --max authors=1 -i $TMP/big.bib" \
    "filter --max authors=2 --limit 900 $TMP/big.txt"; do
	# shellcheck disable=SC2086
	PUBTOOL_THREADS=1 "$PUBTOOL" $args --as-of 2026-11-26 \
	    >"$TMP/a.out" 2>"$TMP/a.err"
	echo $? >>"$TMP/a.out"
	# shellcheck disable=SC2086
	"$PUBTOOL" $args --as-of 2026-11-26 >"$TMP/b.out" 2>"$TMP/b.err"
	echo $? >>"$TMP/b.out"
	same "pubtool $args" "$TMP/a" "$TMP/b"
	echo "$args: $(wc -l <"$TMP/a.out") lines out," \
	    "$(wc -l <"$TMP/a.err") messages, status $(tail -n 1 "$TMP/a.out")"
done
