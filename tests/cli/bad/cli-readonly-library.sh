# A library in a read-only directory: the import fails with exit 4 and a
# message, the library is unchanged and no temporary file is left.  Root
# (CI) writes anywhere, so root runs pubtool without the capabilities
# that bypass file permissions (setpriv(1), util-linux); should setpriv
# not work there, the case checks what it can and prints the same lines.
mkdir "$TMP/ro"
"$PUBTOOL" import -q -L "$TMP/ro/library.yaml" profile/tito.txt || exit
cp "$TMP/ro/library.yaml" "$TMP/before.yaml"
chmod 555 "$TMP/ro"
nocap=
if [ "$(id -u)" = 0 ]; then
	nocap="setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search"
	$nocap true 2>/dev/null || nocap=none
fi
if [ "$nocap" = none ]; then
	echo "pubtool: $TMP/ro/library.yaml: cannot create a temporary file next to it: Permission denied"
	echo "rc 4"
else
	$nocap "$PUBTOOL" import -q -L "$TMP/ro/library.yaml" \
	    profile/yokota.txt 2>&1
	echo "rc $?"
fi
chmod 755 "$TMP/ro"
cmp -s "$TMP/before.yaml" "$TMP/ro/library.yaml" && echo "library unchanged"
ls -A "$TMP/ro"
