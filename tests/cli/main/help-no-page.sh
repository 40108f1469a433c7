# With man(1) but no page pubtool-list on MANPATH, `pubtool help list`
# shows list --help.
MANPATH=$TMP "$PUBTOOL" help list
