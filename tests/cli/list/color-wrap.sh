# Colour never changes the layout: with the escape sequences taken out,
# --color=always gives the same lines as --color=never, at every width
# (CJK names, names broken between characters, the owner's name set off).
strip() { sed 's/\x1b\[[0-9;]*m//g'; }
for w in 0 12 20 33 40 66 80; do
	for by in area year none; do
		for f in profile/tito.txt profile/yokota.txt; do
			"$PUBTOOL" list --color=always -w $w --by $by \
			    --as-of 2026-11-26 "$f" | strip >"$TMP/colour"
			"$PUBTOOL" list --color=never -w $w --by $by \
			    --as-of 2026-11-26 "$f" >"$TMP/plain"
			cmp -s "$TMP/colour" "$TMP/plain" ||
			    echo "differs: -w $w --by $by $f"
		done
	done
	"$PUBTOOL" stats --color=always -w $w --as-of 2026-11-26 \
	    profile/yokota.txt | strip >"$TMP/colour"
	"$PUBTOOL" stats --color=never -w $w --as-of 2026-11-26 \
	    profile/yokota.txt >"$TMP/plain"
	cmp -s "$TMP/colour" "$TMP/plain" || echo "differs: stats -w $w"
done
# And colour is there to take out.
"$PUBTOOL" list --color=always -w 12 --as-of 2026-11-26 profile/tito.txt |
    grep -c "$(printf '\033')\[1;33m"
echo done
