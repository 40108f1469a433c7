# Without man(1) on the PATH, `pubtool help list` shows list --help.
PATH=/nonexistent "$PUBTOOL" help list
