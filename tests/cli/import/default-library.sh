# Without -L the library is $XDG_DATA_HOME/pubtool/library.yaml, else
# ~/.local/share/pubtool/library.yaml; $PUBTOOL_LIBRARY wins over both.
"$PUBTOOL" import -q profile/tito.txt && ls "$HOME/.local/share/pubtool"
XDG_DATA_HOME=$TMP/xdg "$PUBTOOL" import -q profile/tito.txt && ls "$TMP/xdg/pubtool"
XDG_DATA_HOME=relative "$PUBTOOL" import profile/tito.txt
PUBTOOL_LIBRARY=$TMP/env.yaml "$PUBTOOL" import -q profile/tito.txt && ls "$TMP/env.yaml"
