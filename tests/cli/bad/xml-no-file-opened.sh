# No file outside the input is opened, and no socket is made, for any XML
# input of tests/bad: every file-name and network system call is traced
# with strace(1), and the names under ../tests/bad/ are listed; /etc and
# http:// must never appear.  LeakSanitizer cannot work under ptrace, so
# an ASan build runs without it here.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS
for f in ../tests/bad/xml-*.xml; do
	case $f in
	*dblp*|*xxe-public*|*xinclude*|*billion*) fmt=dblp ;;
	*) fmt=atom ;;
	esac
	strace -f -qq -o "$TMP/trace" -e trace=open,openat,openat2,creat,stat,lstat,newfstatat,statx,access,faccessat,faccessat2,readlink,readlinkat,socket,connect \
	    "$PUBTOOL" import -f "$fmt" -o - "$f" >/dev/null 2>&1
	echo "${f#../tests/bad/}: exit $?"
	sed -n 's/^[0-9]* *[a-z0-9_]*([^"]*"\([^"]*\)".*/\1/p' "$TMP/trace" |
	    grep '^\.\./tests/bad/' | sort -u | sed 's/^/  /'
	if grep -q -e /etc/passwd -e /etc/shadow -e /etc/hostname \
	    -e 'socket(' -e 'connect(' -e xhtml1 "$TMP/trace"; then
		echo "  OPENED SOMETHING OUTSIDE THE INPUT"
	fi
done
