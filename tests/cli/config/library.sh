# library: "~/..." is the library when neither -L nor PUBTOOL_LIBRARY is
# given: import creates it.  PUBTOOL_LIBRARY wins over it, and -L over
# both.
mkdir -p "$HOME/.config/pubtool"
printf 'library: ~/papers/mine.yaml\n' >"$HOME/.config/pubtool/config.yaml"
"$PUBTOOL" import -q --as-of 2026-11-26 profile/tito.txt || exit
ls "$HOME/papers"
grep -c '^key' "$HOME/papers/mine.yaml"
echo "--- PUBTOOL_LIBRARY"
PUBTOOL_LIBRARY=$TMP/env.yaml "$PUBTOOL" import -q yaml/aliases.yaml
grep -c '^key' "$TMP/env.yaml" "$HOME/papers/mine.yaml"
echo "--- -L"
PUBTOOL_LIBRARY=$TMP/env.yaml "$PUBTOOL" import -q -L "$TMP/opt.yaml" \
    yaml/aliases.yaml
grep -c '^key' "$TMP/opt.yaml" "$TMP/env.yaml" "$HOME/papers/mine.yaml"
