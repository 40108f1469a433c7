#!/bin/sh
# CLI golden tests.  Each case is tests/cli/<command>/<case>.cmd, one line
# of arguments run as `pubtool <args>` from fixtures/, or <case>.sh, a
# script run from fixtures/ with $PUBTOOL set.  Next to it: the expected
# .out (stdout), .err (stderr; empty when missing) and .rc (exit status;
# 0 when missing); an optional .in is standard input (else /dev/null).
# Every case gets a fresh $TMP (also $HOME), which is written as $TMP in
# the outputs, and the clock is pinned with SOURCE_DATE_EPOCH.
#
# usage: tests/cli/run.sh [-u] [CASE ...]   (-u rewrites the golden files)
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
PUBTOOL=${PUBTOOL:-$top/pubtool}
case $PUBTOOL in /*) ;; *) PUBTOOL=$top/$PUBTOOL ;; esac
export PUBTOOL
update=0
if [ "${1:-}" = -u ]; then update=1; shift; fi

# 2026-11-26 00:00:00 UTC.
SOURCE_DATE_EPOCH=1795651200
export SOURCE_DATE_EPOCH
# Seconds a case may take: CLI_TIMEOUT, else 20 (make check-valgrind,
# where one case runs pubtool a hundred times under memcheck, gives more).
LIMIT=${CLI_TIMEOUT:-20}
unset PUBTOOL_LIBRARY PUBTOOL_CONFIG XDG_DATA_HOME XDG_CONFIG_HOME
LC_ALL=C.UTF-8
export LC_ALL

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
passed=0
failed=0

if [ $# -gt 0 ]; then
	cases=$*
else
	cases=$(find "$top/tests/cli" -mindepth 2 \( -name '*.cmd' -o \
	    -name '*.sh' \) | sort)
fi

for c in $cases; do
	case $c in *.cmd|*.sh) ;; *) continue ;; esac
	case $c in /*) ;; *) c=$top/$c ;; esac
	if [ ! -f "$c" ]; then
		echo "FAIL $c: no such case"
		failed=$((failed + 1))
		continue
	fi
	base=${c%.*}
	name=${base#"$top/tests/cli/"}
	TMP=$scratch/case
	got=$scratch/got
	rm -rf "$TMP" "$got"
	mkdir -p "$TMP" "$got"
	export TMP
	stdin=/dev/null
	[ -f "$base.in" ] && stdin=$base.in
	(
		cd "$top/fixtures" || exit 99
		HOME=$TMP
		export HOME
		if [ "${c##*.}" = sh ]; then
			timeout "$LIMIT" sh "$c"
		else
			eval "set -- $(cat "$c")"
			timeout "$LIMIT" "$PUBTOOL" "$@"
		fi
	) <"$stdin" >"$got/out.raw" 2>"$got/err.raw"
	echo $? >"$got/rc"
	for f in out err; do
		sed "s|$TMP|\$TMP|g" "$got/$f.raw" >"$got/$f"
	done
	if [ $update = 1 ]; then
		cp "$got/out" "$base.out"
		if [ -s "$got/err" ]; then cp "$got/err" "$base.err"
		else rm -f "$base.err"; fi
		if [ "$(cat "$got/rc")" != 0 ]; then cp "$got/rc" "$base.rc"
		else rm -f "$base.rc"; fi
	fi
	ok=1
	: >"$got/empty"
	exp_out=$base.out
	[ -f "$exp_out" ] || exp_out=$got/empty
	exp_err=$base.err
	[ -f "$exp_err" ] || exp_err=$got/empty
	exp_rc=0
	[ -f "$base.rc" ] && exp_rc=$(cat "$base.rc")
	if ! diff -u "$exp_out" "$got/out" >"$got/diff" 2>&1; then
		ok=0; echo "FAIL $name: stdout"; cat "$got/diff"
	fi
	if ! diff -u "$exp_err" "$got/err" >"$got/diff" 2>&1; then
		ok=0; echo "FAIL $name: stderr"; cat "$got/diff"
	fi
	if [ "$(cat "$got/rc")" != "$exp_rc" ]; then
		ok=0; echo "FAIL $name: exit status $(cat "$got/rc"), expected $exp_rc"
	fi
	if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

echo "cli: $passed passed, $failed failed"
[ $failed = 0 ]
