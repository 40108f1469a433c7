# Sourced by the consumer checks (tests/consumers/bibtex.sh, csv.sh,
# csljson.sh, ris.sh, web.sh) after they set $name: runs from the top of the
# repository, with PUBTOOL made absolute, ASOF and INPUTS (the two
# profiles and fixtures/yaml/citation.yaml; a check may set its own), a
# UTF-8 locale, pass,
# fail, skip and summary to count checks, a scratch directory $tmp, and
# why_no_python (empty when python3 with its yaml module is there).
# run_py ARGS... runs $tmp/check.py ARGS and counts each line "pass WHAT"
# or "fail WHAT: WHY" that it prints.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
PUBTOOL=${PUBTOOL:-./pubtool}
case $PUBTOOL in
/*) ;;
*) PUBTOOL=$top/$PUBTOOL ;;
esac
ASOF=2026-11-26
INPUTS="fixtures/profile/yokota.txt fixtures/profile/tito.txt
fixtures/yaml/citation.yaml"
LC_ALL=C.UTF-8
export LC_ALL
unset PUBTOOL_LIBRARY XDG_DATA_HOME XDG_CONFIG_HOME

passed=0
failed=0
skipped=0

summary() {
	echo "$name: $passed passed, $failed failed, $skipped skipped"
}

pass() {
	passed=$((passed + 1))
}

fail() {
	echo "$name: FAIL: $*"
	failed=$((failed + 1))
}

skip() {
	echo "$name: skipped: $*"
	skipped=$((skipped + 1))
}

if [ ! -x "$PUBTOOL" ]; then
	echo "$name: $PUBTOOL not found; run make pubtool first" >&2
	failed=1
	summary
	exit 1
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

why_no_python=
if ! command -v python3 >/dev/null 2>&1; then
	why_no_python="python3 not found"
elif ! python3 -c 'import yaml' >/dev/null 2>&1; then
	why_no_python="python3 has no yaml module (Debian package"
	why_no_python="$why_no_python python3-yaml)"
fi

run_py() {
	python3 "$tmp/check.py" "$@" >"$tmp/result" 2>&1 || {
		fail "check.py $1 failed: $(tail -n 1 "$tmp/result")"
		return
	}
	while IFS= read -r line; do
		case $line in
		pass\ *) pass ;;
		fail\ *) fail "${line#fail }" ;;
		esac
	done <"$tmp/result"
}
