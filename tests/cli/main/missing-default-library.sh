# Reading commands on a default library that does not exist yet say how
# to make one (stdin a terminal, by script(1), so the library is read):
# exit 4, as for any library that cannot be read.
tty() {
	script -qec "'$PUBTOOL' $*" /dev/null </dev/null >"$TMP/out"
	rc=$?
	tr -d '\r' <"$TMP/out"
	echo "$*: rc $rc"
}
for cmd in list "filter --code" cite stats; do
	tty $cmd
done
PUBTOOL_LIBRARY=$TMP/papers.yaml
export PUBTOOL_LIBRARY
tty list
"$PUBTOOL" list -L "$TMP/other.yaml"; echo "list -L: rc $?"
