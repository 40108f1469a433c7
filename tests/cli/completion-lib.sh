# shellcheck shell=bash disable=SC2154 # root and results: set by the caller
# tests/cli/completion-lib.sh: helpers the completion tests share, sourced
# by tests/cli/completion.sh and tests/cli/completion-shell.sh (bash).
# They read `pubtool CMD --help`, the reference every completion script is
# checked against.  Uses $root (the top of the repository) and $results (a
# file that gets one line per check).

pass() {
	echo pass >>"$results"
}

fail() {
	echo fail >>"$results"
	printf 'FAIL: %s\n' "$1"
	shift
	[ $# -eq 0 ] || printf '    %s\n' "$@"
}

# The short and long options of `pubtool CMD --help`, sorted, on one line.
opts() {
	help_options "$1" | awk '{ if ($1 != "-") print $1; print $2 }' | sorted
}

# The long options of `pubtool CMD --help`, sorted, on one line.
longs() {
	help_options "$1" | awk '{ print $2 }' | sorted
}

# The words of stdin, sorted, on one line.
sorted() {
	LC_ALL=C sort -u | tr '\n' ' ' | sed 's/ $//'
}

# Options from `pubtool CMD --help`: the "-x, --long" and "--long" that
# start the indented option lines, as "SHORT LONG ARG" lines where SHORT is
# "-" when there is none and ARG is "arg" when the option takes an
# argument (an upper-case word one blank after it), else "-".
help_options() {
	local line short arg
	local re='^ +(-[A-Za-z0-9], )?(--[A-Za-z0-9][A-Za-z0-9-]*)( [A-Z][A-Z_=-]*)?( |$)'
	"$root/pubtool" "$1" --help | while IFS= read -r line; do
		[[ $line =~ $re ]] || continue
		short=${BASH_REMATCH[1]%, }
		arg=-
		[ -z "${BASH_REMATCH[3]}" ] || arg=arg
		echo "${short:--} ${BASH_REMATCH[2]} $arg"
	done
}

# Value lists in the usage synopsis of `pubtool CMD --help`: the
# "[-F text|yaml]" and "[--by area|year]" tokens, as "OPTION VALUES".
help_values() {
	"$root/pubtool" "$1" --help | sed -n '/^usage:/,/^$/p' |
	    grep -oE '\[(-[A-Za-z0-9]|--[a-z][a-z0-9-]*) [a-z][a-z0-9,|]*\]' |
	    tr -d '[]' || :
}
