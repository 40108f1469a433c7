# Progress on standard error while importing, only when it is a terminal
# (script(1) gives the command one): drawn in place with "\r", erased
# with "\r" and ESC [ K at the end, before the summary.  Nothing when
# standard error is a file or a pipe, with -q, or when the records go to
# the terminal too (-o -).  PUBTOOL_PROGRESS_DELAY=0 shows it at once.
awk 'BEGIN { for (i = 0; i < 3000; i++)
    printf "title: \"W%dx on things\"\nauthors:\n- \"A. Author%d\"\n" \
    "area: \"CV\"\ndate: \"2020-01-02\"\n---\n", i, i }' >"$TMP/big.yaml"
esc=$(printf '\033')
cr=$(printf '\r')
PUBTOOL_PROGRESS_DELAY=0
export PUBTOOL_PROGRESS_DELAY
tty() {
	script -qec "$*" /dev/null </dev/null >"$TMP/tty" 2>&1
}
# What a terminal got: the progress lines (the rate varies, so N), and
# what follows the last one.
report() {
	tr '\r' '\n' <"$TMP/tty" | grep 'records/s' | head -n 1 |
	    sed "s|[0-9]* records/s|N records/s|; s|$esc\[K\$| (erase to the end)|"
	echo "progress lines: $(tr '\r' '\n' <"$TMP/tty" | grep -c 'records/s')"
	if grep -q "records/s$esc\[K$cr$esc\[K" "$TMP/tty"; then
		echo "erased at the end: yes"
	else
		echo "erased at the end: no"
	fi
}

echo "import -o FILE, standard error a terminal:"
tty "$PUBTOOL" import -o "$TMP/out.yaml" "$TMP/big.yaml"
report | sed 's/^progress lines: [1-9][0-9]*$/progress lines: some/'
echo "import -L, standard error a terminal:"
tty "$PUBTOOL" import -L "$TMP/lib.yaml" "$TMP/big.yaml"
report | sed 's/^progress lines: [1-9][0-9]*$/progress lines: some/'
printf 'after it: '
tr '\r' '\n' <"$TMP/tty" | sed "s/^$esc\[K//" | grep -v 'records/s' |
    grep -v '^$' | sed "s|$TMP|\$TMP|"
rm -f "$TMP/lib.yaml"

echo "import -q, standard error a terminal:"
tty "$PUBTOOL" import -q -L "$TMP/lib.yaml" "$TMP/big.yaml"
report
echo "import -o -, both a terminal:"
tty "$PUBTOOL" import -o - "$TMP/big.yaml"
report
echo "import -o FILE, standard error a file:"
tty "'$PUBTOOL' import -o '$TMP/out.yaml' '$TMP/big.yaml' 2>'$TMP/err'"
report
echo "standard error: $(wc -c <"$TMP/err") bytes"
echo "import -o FILE, standard error a pipe:"
"$PUBTOOL" import -o "$TMP/out.yaml" "$TMP/big.yaml" 2>&1 | cat >"$TMP/tty"
report
echo "a message while the line is shown erases it first:"
{ cat "$TMP/big.yaml"; printf 'title: "Bad"\nauthors: 7\n'; } >"$TMP/bad.yaml"
tty "$PUBTOOL" import -o "$TMP/out.yaml" "$TMP/bad.yaml"
tr '\r' '\n' <"$TMP/tty" | grep -v 'records/s' | grep -v '^$' |
    sed "s/^$esc\[K/(erased) /; s|$TMP|\$TMP|"
