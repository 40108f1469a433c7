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
# agree with `pubtool CMD --help`, for every command, so the two cannot
# drift.  Area codes and citation keys are completed from a library that
# it makes from fixtures/profile/tito.txt.
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

# shellcheck source=tests/cli/completion-lib.sh
. "$root/tests/cli/completion-lib.sh"

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
	# The commands whose tables are checked below include these.
	for cmd in import list filter cite stats; do
		if "$root/pubtool" --list-commands | grep -qx "$cmd"; then
			pass
		else
			fail "$cmd is not in 'pubtool --list-commands'"
		fi
	done
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

	local commands="import list filter cite stats"
	local import_opts list_opts list_long filter_opts filter_long
	local cite_opts cite_long stats_opts stats_long files lib xdg
	import_opts=$(opts import)
	list_opts=$(opts list)
	list_long=$(longs list)
	filter_opts=$(opts filter)
	filter_long=$(longs filter)
	cite_opts=$(opts cite)
	cite_long=$(longs cite)
	stats_opts=$(opts stats)
	stats_long=$(longs stats)
	lib=$tmp/lib.yaml

	# Commands.
	expect "pubtool " "$commands help"
	expect "pubtool li" "list"
	expect "pubtool i" "import"
	expect "pubtool h" "help"
	expect "pubtool f" "filter"
	expect "pubtool c" "cite"
	expect "pubtool s" "stats"
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
	expect "pubtool list --b" "--by --bom"
	expect "pubtool list --cs" "--csv-raw"
	expect "pubtool filter --" "$filter_long"
	expect "pubtool filter -" "$filter_opts"
	expect "pubtool filter --a" "--area --as-of --ascii --author"
	expect "pubtool filter --i" "--input-format --invert"
	expect "pubtool filter --f" "--first-author --format --fragment"
	expect "pubtool filter --area DC -" "$filter_opts"
	expect "pubtool filter --author x --" "$filter_long"
	expect "pubtool filter --since 2020 --c" "--code --color --csv-raw"
	expect "pubtool cite --" "$cite_long"
	expect "pubtool cite -" "$cite_opts"
	expect "pubtool cite --in" "--input --input-format"
	expect "pubtool cite -i x.yaml -" "$cite_opts"
	expect "pubtool stats --" "$stats_long"
	expect "pubtool stats -" "$stats_opts"
	expect "pubtool stats --t" "--top"
	expect "pubtool stats --top 3 --o" "--owner"

	# Option values.
	expect "pubtool list --by " "area year area,year none"
	expect "pubtool list --by a" "area area,year"
	expect "pubtool list --by area," "area,year"
	expect "pubtool list --by=" "area year area,year none"
	expect "pubtool list --by=y" "year"
	expect "pubtool list --sort " "date title area"
	expect "pubtool list --sort t" "title"
	expect "pubtool list --sort=" "date title area"
	expect "pubtool list --color=" "auto always never"
	expect "pubtool stats --color a" "auto always"
	expect "pubtool filter --color n" "never"
	expect "pubtool list -F " "text yaml bibtex csv csljson ris markdown html"
	expect "pubtool list --format " "text yaml bibtex csv csljson ris markdown html"
	expect "pubtool list -F y" "yaml"
	expect "pubtool list --format=b" "bibtex"
	expect "pubtool import -F " "yaml"
	expect "pubtool import --format=" "yaml"
	expect "pubtool filter -F " "yaml text bibtex csv csljson ris markdown html"
	expect "pubtool filter --format=c" "csv csljson"
	expect "pubtool filter --format=r" "ris"
	expect "pubtool filter --code -F t" "text"
	expect "pubtool cite -F " "bibtex text csv yaml csljson ris"
	expect "pubtool cite --format " "bibtex text csv yaml csljson ris"
	expect "pubtool cite -F b" "bibtex"
	expect "pubtool stats -F " "text csv yaml"
	expect "pubtool stats --format=" "text csv yaml"
	expect "pubtool stats -F b" ""
	expect "pubtool stats --by " "area year area,year author"
	expect "pubtool stats --by a" "area area,year author"
	expect "pubtool stats --by=au" "author"
	expect "pubtool stats --by none" ""
	expect "pubtool filter --sort" ""
	expect "pubtool filter -f " "atom bibtex csv dblp profile yaml"
	expect "pubtool cite -f " "atom bibtex csv dblp profile yaml"
	expect "pubtool stats --input-format=" "atom bibtex csv dblp profile yaml"
	expect "pubtool import -f " "atom bibtex csv dblp profile yaml"
	expect "pubtool list -f " "atom bibtex csv dblp profile yaml"
	expect "pubtool list --input-format p" "profile"
	expect "pubtool import -qf " "atom bibtex csv dblp profile yaml"
	expect "pubtool list -w " ""
	expect "pubtool import --as-of " ""
	expect "pubtool import --quiet=" ""
	expect "pubtool filter --since " ""
	expect "pubtool filter --author " ""
	expect "pubtool filter --limit=" ""
	expect "pubtool cite -w " ""
	expect "pubtool stats --top " ""
	expect "pubtool stats --owner " ""

	# help COMMAND.
	expect "pubtool help " "$commands"
	expect "pubtool help l" "list"
	expect "pubtool help c" "cite"
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
	expect "pubtool filter " "$files"
	expect "pubtool filter --area DC " "$files"
	expect "pubtool filter -L " "$files"
	expect "pubtool stats " "$files"
	expect "pubtool stats --by area b" "beta.txt"
	expect "pubtool stats --library=a" "alpha.yaml"
	expect "pubtool cite -i " "$files"
	expect "pubtool cite --input " "$files"
	expect "pubtool cite --input=a" "alpha.yaml"
	expect "pubtool cite -i alpha.yaml -i b" "beta.txt"
	expect "pubtool cite -L sub/" "sub/gamma.yaml"

	# --area: the codes of the library that the command line names with
	# -L, else of $PUBTOOL_LIBRARY, else of the default library; a comma
	# list completes after its last comma.
	local areas="AR DC LG NA PF"
	expect "pubtool filter -L $lib --area " "$areas"
	expect "pubtool filter -L $lib --area D" "DC"
	expect "pubtool filter -L $lib --area X" ""
	expect "pubtool filter --library $lib --area=" "$areas"
	expect "pubtool filter --library=$lib --area=N" "NA"
	expect "pubtool filter -qL $lib --area " "$areas"
	expect "pubtool filter --code -L$lib --invert --area " "$areas"
	expect "pubtool filter -L $lib --area DC," "DC,AR DC,LG DC,NA DC,PF"
	expect "pubtool filter -L $lib --area DC,P" "DC,PF"
	expect "pubtool filter -L $lib --area DC,PF,L" "DC,PF,LG"
	expect "pubtool filter -L $lib --area=AR,N" "AR,NA"
	expect "pubtool filter -L $lib --area DC,DC" ""
	expect "pubtool filter --area DC -L $lib --area " "$areas"
	expect "pubtool filter -L $lib -F csv --since 2019 --area " "$areas"
	expect "pubtool filter -L $lib -- --area " "$files"
	expect "pubtool filter -L '$lib' --area P" "PF"
	expect "pubtool filter -L \"$lib\" --area P" "PF"
	# FILE operands are read instead of the library.
	expect "pubtool filter -L $lib $root/fixtures/profile/yokota.txt --area " \
	    "CL CV LG ML MS NA NE"
	expect "pubtool filter $tmp/multi.yaml --area " "CL CV"
	expect "pubtool filter -f yaml $tmp/multi.yaml --area C" "CL CV"
	expect "pubtool filter -f profile $tmp/multi.yaml --area " ""
	# No library, a bad one, no pubtool: nothing, and silently.
	expect "pubtool filter -L $tmp/none.yaml --area " ""
	expect "pubtool filter -L $root/fixtures/bad/syntax.yaml --area " ""
	expect "pubtool filter --area " ""
	export PUBTOOL_LIBRARY=$lib
	expect "pubtool filter --area " "$areas"
	expect "pubtool filter --area L" "LG"
	expect "pubtool filter --area PF," "PF,AR PF,DC PF,LG PF,NA"
	expect "pubtool filter -L $tmp/none.yaml --area " ""
	comp_path=$tmp/empty
	expect "pubtool filter --area " ""
	comp_path=
	export PUBTOOL_LIBRARY=
	xdg=$XDG_DATA_HOME
	mkdir -p "$xdg/pubtool"
	cp "$lib" "$xdg/pubtool/library.yaml"
	expect "pubtool filter --area " "$areas"
	expect "pubtool filter --area=A" "AR"
	rm -r "${xdg:?}/pubtool"
	expect "pubtool filter --area " ""
	unset PUBTOOL_LIBRARY
	# $HOME/.local/share when XDG_DATA_HOME is unset or relative, and
	# ~/ in -L.
	mkdir -p "$tmp/home/.local/share/pubtool"
	cp "$lib" "$tmp/home/.local/share/pubtool/library.yaml"
	cp "$tmp/multi.yaml" "$tmp/home/multi.yaml"
	(
		HOME=$tmp/home
		XDG_DATA_HOME=relative
		expect "pubtool filter --area P" "PF"
		unset XDG_DATA_HOME
		expect "pubtool filter --area P" "PF"
		expect "pubtool filter -L ~/multi.yaml --area " "CL CV"
		expect "pubtool cite -i ~/multi.yaml pl" "plain2021key"
		expect "pubtool cite pu" "puig2017scheduling"
		HOME=relative
		expect "pubtool cite pu" ""
	)
	rm -r "${tmp:?}/home"

	# Citation keys, after `pubtool cite`: from the library, or from the
	# -i inputs when there are any; not those already given.
	local tito20="tito2026elastic tito2025tail tito2021work tito2019mixed tito2018roofline"
	expect "pubtool cite -L $lib tito20" "$tito20"
	expect "pubtool cite -L $lib tito2019" "tito2019mixed"
	expect "pubtool cite -L $lib " \
	    "$tito20 ferreira2024low anon2023case puig2017scheduling"
	expect "pubtool cite --library=$lib -F text -w 72 f" "ferreira2024low"
	expect "pubtool cite -L $lib tito2018roofline tito201" "tito2019mixed"
	expect "pubtool cite -L $lib -- tito2019" "tito2019mixed"
	expect "pubtool cite -L $lib x" ""
	expect "pubtool cite -L $lib --ascii tito2026" "tito2026elastic"
	expect "pubtool cite -i $root/fixtures/profile/yokota.txt lebr" \
	    "lebronnec2026beyond"
	expect "pubtool cite -L $lib -i $root/fixtures/profile/yokota.txt tito" ""
	expect "pubtool cite -i $tmp/multi.yaml " "multi2020line plain2021key"
	expect "pubtool cite -i $tmp/multi.yaml -i $lib p" \
	    "plain2021key puig2017scheduling"
	expect "pubtool cite --input=$tmp/multi.yaml fake" ""
	expect "pubtool cite --input=$tmp/multi.yaml m" "multi2020line"
	expect "pubtool cite -Fcsv -i$tmp/multi.yaml m" "multi2020line"
	expect "pubtool cite -f profile -i $tmp/multi.yaml " ""
	expect "pubtool cite -L $tmp/none.yaml " ""
	expect "pubtool cite -i $tmp/none.yaml " ""
	expect "pubtool cite " ""
	export PUBTOOL_LIBRARY=$lib
	expect "pubtool cite puig" "puig2017scheduling"
	expect "pubtool cite -F csv anon" "anon2023case"
	comp_path=$tmp/empty
	expect "pubtool cite puig" ""
	comp_path=
	unset PUBTOOL_LIBRARY

	# The command list comes from the pubtool on PATH, at completion
	# time; without one, from the built-in list.
	mkdir -p "$tmp/fake" "$tmp/empty"
	printf '#!/bin/sh\nprintf "import\\nlist\\nfrob\\n"\n' >"$tmp/fake/pubtool"
	chmod +x "$tmp/fake/pubtool"
	comp_path=$tmp/fake:$PATH
	expect "pubtool " "import list frob help"
	expect "pubtool help " "import list frob"
	comp_path=$tmp/empty
	expect "pubtool " "$commands help"
	expect "pubtool help " "$commands"
	comp_path=
}

drift

# A library, and YAML whose CSV has quoted fields across lines; no library
# from the environment.
if ! "$root/pubtool" import -q -L "$tmp/lib.yaml" \
    "$root/fixtures/profile/tito.txt"; then
	echo "completion: cannot make a library from fixtures/profile/tito.txt" >&2
	exit 2
fi
cat >"$tmp/multi.yaml" <<'EOF'
key: "multi2020line"
title: "A \"quoted\", title"
authors:
- "A. Person"
area: "CV"
date: "2020-01-02"
abstract: "first line\nfake2021key,x,\"y\"\nlast, \"\"line"
---
key: "plain2021key"
title: "Plain"
authors:
- "B. Person"
area: "CL"
date: "2021-01-02"
EOF
unset PUBTOOL_LIBRARY
XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME

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
