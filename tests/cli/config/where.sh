# Where the file is looked for: $XDG_CONFIG_HOME/pubtool/config.yaml,
# else ~/.config/pubtool/config.yaml; $PUBTOOL_CONFIG names another
# (/dev/null: none).  A missing default file is no error; a missing
# named one is (exit 4).
mkdir -p "$HOME/.config/pubtool" "$TMP/xdg/pubtool"
printf 'list: {format: csv}\n' >"$HOME/.config/pubtool/config.yaml"
printf 'list: {format: yaml}\n' >"$TMP/xdg/pubtool/config.yaml"
echo "--- ~/.config"
"$PUBTOOL" list yaml/aliases.yaml | head -n 1
echo "--- XDG_CONFIG_HOME"
XDG_CONFIG_HOME=$TMP/xdg "$PUBTOOL" list yaml/aliases.yaml | head -n 1
echo "--- XDG_CONFIG_HOME without a file"
XDG_CONFIG_HOME=$TMP/none "$PUBTOOL" list yaml/aliases.yaml | head -n 1
echo "--- PUBTOOL_CONFIG=/dev/null"
PUBTOOL_CONFIG=/dev/null "$PUBTOOL" list yaml/aliases.yaml | head -n 1
echo "--- PUBTOOL_CONFIG names a missing file"
PUBTOOL_CONFIG=$TMP/none.yaml "$PUBTOOL" list yaml/aliases.yaml
echo "rc=$?"
