# "[" repeated a million times is refused at the fifth level, at once
# (libyaml alone would take quadratic time over it).
python3 -c 'print("[" * 1000000)' >"$TMP/deep.yaml"
start=$(date +%s%N)
"$PUBTOOL" import -o - -f yaml "$TMP/deep.yaml"
echo "rc=$?"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -lt 1000 ] && echo "under a second"
