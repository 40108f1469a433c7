# import -o - output read back by stats: the same figures either way.
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/yokota.txt |
    "$PUBTOOL" stats >"$TMP/a" || exit
"$PUBTOOL" stats --as-of 2026-11-26 profile/yokota.txt | cmp - "$TMP/a" &&
    echo same
