# Nesting a million levels deep, in three spellings (flow sequence, flow
# mapping, block sequence of 100,000 levels): refused at the fifth level,
# in milliseconds (Debian's libyaml has no depth limit and would take
# quadratic time).  The time is checked only outside valgrind.
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "["; printf "\n" }' >"$TMP/seq.yaml"
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "{a: "; printf "\n" }' >"$TMP/map.yaml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "- "; printf "x\n" }' >"$TMP/block.yaml"
for f in seq map block; do
	start=$(date +%s%N)
	"$PUBTOOL" import -o - -f yaml "$TMP/$f.yaml"
	rc=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	case $PUBTOOL in
	*valgrind*) fast=yes ;;
	*) if [ "$ms" -lt 200 ]; then fast=yes; else fast="no ($ms ms)"; fi ;;
	esac
	echo "$f: rc $rc, under 200 ms: $fast"
done
