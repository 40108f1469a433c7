# No file outside the input is ever opened: every file-name system call
# pubtool makes on hostile XML is traced with strace(1) (a Debian package
# the tests need), and the fixture files it named are listed; /etc/passwd
# and bad/external.dtd must never appear.  Only a DBLP dump (a DOCTYPE
# naming dblp.dtd) looks for the dblp.dtd next to it, and opens it when
# it is there.  (Only fixture names are listed, so that the case also
# passes under valgrind, which opens files of its own.)  LeakSanitizer
# cannot work under ptrace, so an ASan build runs without it here.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS
for c in "atom bad/xxe.xml" "dblp bad/xxe.xml" "atom bad/parameter-entity.xml" \
    "dblp bad/external-dtd.xml" "atom bad/xinclude.xml" \
    "atom bad/billion-laughs.xml" "dblp bad/dblp-no-dtd.xml" \
    "dblp dblp/dblp.xml"; do
	set -- $c
	strace -f -qq -o "$TMP/trace" -e trace=open,openat,openat2,creat,stat,lstat,newfstatat,statx,access,faccessat,faccessat2,readlink,readlinkat \
	    "$PUBTOOL" import -f "$1" -o - "$2" >/dev/null 2>&1
	echo "$1 $2: exit $?"
	sed -n 's/^[0-9]* *[a-z0-9_]*([^"]*"\([^"]*\)".*/\1/p' "$TMP/trace" |
	    grep -e '^bad/' -e '^dblp/' -e '^atom/' | sort -u | sed 's/^/  /'
	if grep -q -e passwd -e 'external\.dtd' "$TMP/trace"; then
		echo "  OPENED SOMETHING OUTSIDE THE INPUT"
	fi
done
