#!/usr/bin/env bash
# tests/cli/completion.sh: tests completions/pubtool.bash.
#
# Run from the top of the repository after `make pubtool`:
#
#     tests/cli/completion.sh
#
# Sources the completion file in this (non-interactive) bash and calls
# its completion function the way bash does, with COMP_WORDS, COMP_CWORD,
# COMP_LINE and COMP_POINT set, then compares COMPREPLY.  The whole set
# runs twice: in plain bash, and with bash-completion's bash_completion
# sourced first (when it is installed; BASH_COMPLETION overrides its
# path).  It also checks that the option tables in the completion file
# agree with `pubtool CMD --help`, so the two cannot drift.
#
# Prints failures, then "completion: N passed, N failed"; exits 1 when a
# check failed, 2 when it cannot run.
set -eu

root=$PWD
compfile=$root/completions/pubtool.bash
bash_completion=${BASH_COMPLETION:-/usr/share/bash-completion/bash_completion}

if [ ! -x "$root/pubtool" ] || [ ! -f "$compfile" ]; then
	echo "completion: run from the repository root after 'make pubtool'" >&2
	exit 2
fi
PATH=$root:$PATH
export PATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results
: >"$results"

pass() {
	echo pass >>"$results"
}

fail() {
	echo fail >>"$results"
	printf 'FAIL: %s\n' "$1"
	shift
	[ $# -eq 0 ] || printf '    %s\n' "$@"
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
	local re='^ +(-[A-Za-z0-9], )?(--[A-Za-z0-9][A-Za-z0-9-]*)( [A-Z][A-Z_-]*)?( |$)'
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

# ---------------------------------------------------------------------------
# Drift: the option tables against --help.

drift() {
	# shellcheck source=/dev/null
	. "$compfile"
	local cmd short long arg row want got opt values

	# Every command has a table, and the built-in list is complete.
	want=$({ "$root/pubtool" --list-commands; echo help; } | sorted)
	# shellcheck disable=SC2154 # set by the completion file
	got=$(printf '%s\n' "${_pubtool_builtin_commands[@]}" | sorted)
	if [ "$want" = "$got" ]; then pass; else
		fail "built-in command list" "want: $want" "got:  $got"
	fi
	for cmd in $("$root/pubtool" --list-commands) help; do
		if grep -q "^# ---- OPTION TABLE: $cmd " "$compfile" &&
		    declare -p "_pubtool_options_$cmd" >/dev/null 2>&1; then
			pass
		else
			fail "no OPTION TABLE for command '$cmd'"
		fi
	done

	for cmd in $("$root/pubtool" --list-commands); do
		if [ -z "$(help_options "$cmd")" ]; then
			fail "$cmd --help: no options found to compare"
			continue
		fi
		# Every option token of --help is in the file, on the
		# right row of the command's table, with an argument iff
		# --help shows one.
		while read -r short long arg; do
			for opt in $short $long; do
				[ "$opt" = - ] && continue
				if grep -qE -- "(^|[^A-Za-z0-9-])$opt([^A-Za-z0-9-]|$)" \
				    "$compfile"; then
					pass
				else
					fail "$cmd: $opt (from --help) is not in $compfile"
				fi
			done
			row=$(_pubtool_table "$cmd" |
			    awk -v l="$long" '$2 == l { print $1, $2, ($3 == "-" ? "-" : "arg") }')
			if [ "$row" = "$short $long $arg" ]; then pass; else
				fail "$cmd: table row for $long" \
				    "want (--help): $short $long $arg" \
				    "got (table):   ${row:-none}"
			fi
		done <<EOF
$(help_options "$cmd")
EOF
		# And the table has nothing that --help lacks.
		want=$(help_options "$cmd" | awk '{ print $2 }' | sorted)
		got=$(_pubtool_table "$cmd" | awk 'NF { print $2 }' | sorted)
		if [ "$want" = "$got" ]; then pass; else
			fail "$cmd: long options of the table and of --help differ" \
			    "--help: $want" "table:  $got"
		fi
		# Value lists shown in the synopsis match the table.
		while read -r opt values; do
			[ -n "$opt" ] || continue
			got=$(_pubtool_argument "$cmd" "$opt")
			if [ "$got" = "$values" ]; then pass; else
				fail "$cmd: values of $opt" \
				    "--help: $values" "table:  ${got:-none}"
			fi
		done <<EOF
$(help_values "$cmd")
EOF
	done
}

# ---------------------------------------------------------------------------
# Completion, as bash would call it.

# complete_line LINE: splits LINE into COMP_WORDS the way bash does for
# these simple lines (blanks separate words, '=' is a word of its own),
# sets COMP_CWORD, COMP_LINE and COMP_POINT for the cursor at the end,
# and runs the completion function registered for pubtool.
complete_line() {
	local line=$1 w rest
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMP_WORDS=()
	for w in $line; do
		while [[ $w == *=* ]]; do
			rest=${w#*=}
			[ -z "${w%%=*}" ] || COMP_WORDS+=("${w%%=*}")
			COMP_WORDS+=("=")
			w=$rest
		done
		[ -z "$w" ] || COMP_WORDS+=("$w")
	done
	case $line in
	*[[:space:]]) COMP_WORDS+=("") ;;
	esac
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	local saved_path=$PATH
	PATH=${comp_path:-$PATH}
	set +e
	"$compfunc" pubtool "${COMP_WORDS[COMP_CWORD]}" \
	    "${COMP_WORDS[COMP_CWORD - 1]}" >"$tmp/out" 2>&1
	set -e
	PATH=$saved_path
}

# expect LINE WORDS: completing LINE offers exactly WORDS (in any order).
# comp_path, when set, is the PATH the completion function runs with.
expect() {
	local line=$1 want got
	want=$(printf '%s\n' "$2" | tr ' ' '\n' | sed '/^$/d' | sorted)
	complete_line "$line"
	got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sorted)
	if [ -s "$tmp/out" ]; then
		fail "[$mode] '$line': the completion function printed output" \
		    "$(head -n 3 "$tmp/out")"
	elif [ "$want" = "$got" ]; then
		pass
	else
		fail "[$mode] '$line'" "want: $want" "got:  $got"
	fi
}

completion() {
	mode=$1
	if [ "$mode" = bash-completion ]; then
		set +eu
		# shellcheck source=/dev/null
		. "$bash_completion"
		set -eu
		if ! declare -F _init_completion >/dev/null; then
			fail "[$mode] $bash_completion defines no _init_completion"
			return
		fi
	elif declare -F _init_completion >/dev/null; then
		fail "[$mode] _init_completion is defined in plain bash"
		return
	fi
	# shellcheck source=/dev/null
	. "$compfile"
	compfunc=$(complete -p pubtool 2>/dev/null |
	    sed -n 's/.*-F \([^ ]*\) .*/\1/p')
	if [ -n "$compfunc" ] && declare -F "$compfunc" >/dev/null; then
		pass
	else
		fail "[$mode] no completion function registered for pubtool"
		return
	fi

	local import_opts list_opts list_long files
	import_opts=$(help_options import | awk '{ if ($1 != "-") print $1; print $2 }' | sorted)
	list_opts=$(help_options list | awk '{ if ($1 != "-") print $1; print $2 }' | sorted)
	list_long=$(help_options list | awk '{ print $2 }' | sorted)

	# Commands.
	expect "pubtool " "import list help"
	expect "pubtool li" "list"
	expect "pubtool i" "import"
	expect "pubtool h" "help"
	expect "pubtool x" ""
	expect "pubtool -" "-h --help --version"
	expect "pubtool --v" "--version"

	# Options.
	expect "pubtool list --" "$list_long"
	expect "pubtool list -" "$list_opts"
	expect "pubtool import -" "$import_opts"
	expect "pubtool list --s" "--sort"
	expect "pubtool import --sk" "--skip-invalid"
	expect "pubtool list --by year -" "$list_opts"

	# Option values.
	expect "pubtool list --by " "area year area,year none"
	expect "pubtool list --by a" "area area,year"
	expect "pubtool list --by area," "area,year"
	expect "pubtool list --by=" "area year area,year none"
	expect "pubtool list --by=y" "year"
	expect "pubtool list --sort " "date title area"
	expect "pubtool list --sort t" "title"
	expect "pubtool list --sort=" "date title area"
	expect "pubtool list -F " "text yaml"
	expect "pubtool list --format " "text yaml"
	expect "pubtool list -F y" "yaml"
	expect "pubtool import -F " "yaml"
	expect "pubtool import --format=" "yaml"
	expect "pubtool import -f " "profile yaml"
	expect "pubtool list -f " "profile yaml"
	expect "pubtool list --input-format p" "profile"
	expect "pubtool import -qf " "profile yaml"
	expect "pubtool list -w " ""
	expect "pubtool import --as-of " ""
	expect "pubtool import --quiet=" ""

	# help COMMAND.
	expect "pubtool help " "import list"
	expect "pubtool help l" "list"
	expect "pubtool help list " ""

	# File names, in a directory with known files.
	files="alpha.yaml beta.txt sub -dash.txt"
	expect "pubtool import " "$files"
	expect "pubtool list " "$files"
	expect "pubtool import a" "alpha.yaml"
	expect "pubtool list --by year b" "beta.txt"
	expect "pubtool import -q " "$files"
	expect "pubtool import x.txt " "$files"
	expect "pubtool import sub/" "sub/gamma.yaml"
	expect "pubtool import -L " "$files"
	expect "pubtool list -L a" "alpha.yaml"
	expect "pubtool import --library=" "$files"
	expect "pubtool import -o " "$files"
	expect "pubtool import --output b" "beta.txt"
	expect "pubtool import -qo " "$files"
	expect "pubtool list -- -" "-dash.txt"
	expect "pubtool list -- --by " "$files"

	# The command list comes from the pubtool on PATH, at completion
	# time; without one, from the built-in list.
	mkdir -p "$tmp/fake" "$tmp/empty"
	printf '#!/bin/sh\nprintf "import\\nlist\\nfrob\\n"\n' >"$tmp/fake/pubtool"
	chmod +x "$tmp/fake/pubtool"
	comp_path=$tmp/fake:$PATH
	expect "pubtool " "import list frob help"
	expect "pubtool help " "import list frob"
	comp_path=$tmp/empty
	expect "pubtool " "import list help"
	expect "pubtool help " "import list"
	comp_path=
}

drift

mkdir "$tmp/files" "$tmp/files/sub"
: >"$tmp/files/alpha.yaml"
: >"$tmp/files/beta.txt"
: >"$tmp/files/-dash.txt"
: >"$tmp/files/sub/gamma.yaml"

modes=plain
if [ -f "$bash_completion" ]; then
	modes="plain bash-completion"
else
	echo "completion: $bash_completion not found; plain bash only"
fi
for mode in $modes; do
	if ! (cd "$tmp/files" && completion "$mode"); then
		fail "[$mode] the test itself stopped with an error"
	fi
done

passed=$(grep -c '^pass$' "$results" || :)
failed=$(grep -c '^fail$' "$results" || :)
echo "completion: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
