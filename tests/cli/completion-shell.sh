#!/usr/bin/env bash
# tests/cli/completion-shell.sh: tests the zsh or the fish completion.
#
# Run from the top of the repository after `make pubtool completions`:
#
#     tests/cli/completion-shell.sh zsh|fish [DIR]
#
# The completion is loaded the way the shell loads an installed one: zsh
# finds completions/_pubtool on $fpath through compinit, fish finds
# completions/pubtool.fish on $fish_complete_path.  DIR, when given, is
# the directory to find it in instead of completions/ (the install test
# passes the installed one).  zsh is driven through its real completion
# system in a pseudo-terminal (tests/cli/zsh-complete.zsh), fish through
# `complete -C LINE`; the candidates offered are compared with the words
# expected, in any order.
#
# What is expected comes from `pubtool CMD --help` wherever it says it:
# the commands, every option of every command, the value lists of the
# usage synopsis.  The value lists --help does not show (-f) come from the
# option tables of completions/pubtool.bash, which tests/cli/completion.sh
# checks against --help.  Area codes and citation keys are completed from
# a library made from fixtures/profile/tito.txt, file names in a
# directory of known files.
#
# Prints failures, then "completion-SHELL: N passed, N failed"; exits 1
# when a check failed, 2 when it cannot run.
set -eu

shell=${1-}
root=$PWD
case $shell in
zsh) compdir=${2:-$root/completions} compfile=_pubtool ;;
fish) compdir=${2:-$root/completions} compfile=pubtool.fish ;;
*)
	echo "usage: tests/cli/completion-shell.sh zsh|fish [DIR]" >&2
	exit 2
	;;
esac
if [ ! -x "$root/pubtool" ] || [ ! -f "$compdir/$compfile" ]; then
	echo "completion-$shell: run from the repository root after 'make'" >&2
	exit 2
fi
if ! command -v "$shell" >/dev/null 2>&1; then
	echo "completion-$shell: $shell is not installed" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results
: >"$results"
# shellcheck source=tests/cli/completion-lib.sh
. "$root/tests/cli/completion-lib.sh"
# The option tables, for the value lists --help does not show.
# shellcheck source=/dev/null
. "$root/completions/pubtool.bash"

PATH=$root:$PATH
export PATH
unset PUBTOOL_LIBRARY
# The shells keep their state here, not in the tester's home.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/xdg
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$tmp/empty" "$tmp/nopubtool"

cat >"$tmp/setup.zsh" <<EOF
fpath=(${compdir@Q} \$fpath)
EOF

# ---------------------------------------------------------------------------
# Expectations are queued with expect LINE WORDS and checked by flush,
# which runs every queued line in one shell with the current directory
# and environment.

lines=()
wants=()

expect() {
	lines+=("$1")
	wants+=("$2")
}

# fish_quote WORD: WORD as a fish single-quoted string.
fish_quote() {
	local w=${1//\\/\\\\}
	printf "'%s'" "${w//\'/\\\'}"
}

# Runs the queued lines and prints, for each, "### LINE" and then the
# candidates, one a line.
run_shell() {
	local line
	case $shell in
	zsh)
		printf '%s\n' "${lines[@]}" |
		    timeout 60 zsh -f "$root/tests/cli/zsh-complete.zsh" \
		    "$tmp/setup.zsh"
		;;
	fish)
		{
			printf 'set -p fish_complete_path %s\n' \
			    "$(fish_quote "$compdir")"
			# fish loads no completion for a command it cannot
			# find; the test without pubtool loads it itself.
			[ -z "${fish_preload-}" ] ||
			    printf 'source %s\n' "$(fish_quote "$compdir/$compfile")"
			for line in "${lines[@]}"; do
				printf 'echo %s\n' "$(fish_quote "### $line")"
				printf 'complete -C %s\n' "$(fish_quote "$line")"
			done
		} >"$tmp/script.fish"
		timeout 60 fish --no-config "$tmp/script.fish"
		;;
	esac
}

flush() {
	local i=0 line want got out cur prefix
	[ ${#lines[@]} -gt 0 ] || return 0
	if ! run_shell >"$tmp/out" 2>"$tmp/err"; then
		fail "[$shell] the shell failed" "$(head -n 5 "$tmp/err")"
	fi
	if [ -s "$tmp/err" ]; then
		fail "[$shell] output on standard error" "$(head -n 5 "$tmp/err")"
	fi
	while [ $i -lt ${#lines[@]} ]; do
		line=${lines[i]}
		want=$(printf '%s\n' "${wants[i]}" | tr ' ' '\n' | sed '/^$/d' |
		    sorted)
		# The candidates: descriptions (fish's TAB) and the / of
		# directories dropped; for --option=value, the "--option="
		# that zsh and fish put in front of each value dropped.
		cur=${line##* }
		prefix=
		case $cur in --*=*) prefix=${cur%%=*}= ;; esac
		got=$(awk -v l="### $line" '
		    $0 == l { on = 1; next }
		    /^### / { on = 0 }
		    on' "$tmp/out" | cut -f 1 | sed 's|/$||' |
		    while IFS= read -r out; do
			printf '%s\n' "${out#"$prefix"}"
		    done | sed '/^$/d' | sorted)
		if [ "$want" = "$got" ]; then pass; else
			fail "[$shell] '$line' (in ${PWD#"$tmp"/})" \
			    "want: $want" "got:  $got"
		fi
		i=$((i + 1))
	done
	lines=()
	wants=()
}

# ---------------------------------------------------------------------------
# Fixtures: a library, YAML with two records, files.

lib=$tmp/lib.yaml
if ! "$root/pubtool" import -q -L "$lib" "$root/fixtures/profile/tito.txt"
then
	echo "completion-$shell: cannot make a library from fixtures/profile/tito.txt" >&2
	exit 2
fi
cat >"$tmp/multi.yaml" <<'EOF'
key: "multi2020line"
title: "A \"quoted\", title"
authors:
- "A. Person"
area: "CV"
date: "2020-01-02"
---
key: "plain2021key"
title: "Plain"
authors:
- "B. Person"
area: "CL"
date: "2021-01-02"
EOF
mkdir "$tmp/files" "$tmp/files/sub"
: >"$tmp/files/alpha.yaml"
: >"$tmp/files/beta.txt"
: >"$tmp/files/-dash.txt"
: >"$tmp/files/sub/gamma.yaml"
files="alpha.yaml beta.txt sub -dash.txt"

commands=$("$root/pubtool" --list-commands | tr '\n' ' ')

# ---------------------------------------------------------------------------
# Commands and options, against --help; run where no file name starts
# with "-" (fish offers those after "-" too).

cd "$tmp/empty"
expect "pubtool " "$commands help"
expect "pubtool li" "list"
expect "pubtool h" "help"
expect "pubtool x" ""
expect "pubtool -" "-h --help --version"
expect "pubtool --v" "--version"
expect "pubtool --version " ""
expect "pubtool help " "$commands"
expect "pubtool help l" "list"
expect "pubtool help list " ""

for cmd in $commands; do
	if [ -z "$(help_options "$cmd")" ]; then
		fail "$cmd --help: no options found to compare"
		continue
	fi
	expect "pubtool $cmd -" "$(opts "$cmd")"
	expect "pubtool $cmd --" "$(longs "$cmd")"
	# An option without argument, to come before others (zsh offers
	# nothing after --help, which excludes everything else).
	flag=$(help_options "$cmd" |
	    awk '$3 == "-" && $2 != "--help" { print $2; exit }')
	# The values of every option that takes one: the synopsis's list
	# when --help shows one, else the table's; nothing for free text.
	while read -r short long arg; do
		[ "$arg" = arg ] || continue
		values=$(help_values "$cmd" |
		    awk -v s="$short" -v l="$long" '$1 == s || $1 == l { print $2 }')
		[ -n "$values" ] || values=$(_pubtool_argument "$cmd" "$long")
		case $values in
		'<file>' | '<area>') continue ;;
		'<text>') values= ;;
		esac
		values=${values//|/ }
		expect "pubtool $cmd $long " "$values"
		expect "pubtool $cmd $long=" "$values"
		[ "$short" = - ] || expect "pubtool $cmd $short " "$values"
		# After another option too.
		[ -z "$flag" ] || expect "pubtool $cmd $flag $long " "$values"
	done <<EOF
$(help_options "$cmd")
EOF
done
expect "pubtool list -F y" "yaml"
expect "pubtool list --format=b" "bibtex"
expect "pubtool list --by a" "area area,year"
expect "pubtool list --by area," "area,year"
expect "pubtool import -qf " "atom bibtex csv dblp profile yaml"
expect "pubtool filter --a" "--area --as-of --ascii --author"
expect "pubtool filter --since 2020 --c" "--code --color --csv-raw"
expect "pubtool stats --top 3 --o" "--owner"
flush

# ---------------------------------------------------------------------------
# File names.

cd "$tmp/files"
expect "pubtool import " "$files"
expect "pubtool import a" "alpha.yaml"
expect "pubtool import sub/" "sub/gamma.yaml"
expect "pubtool import x.txt b" "beta.txt"
expect "pubtool list --by year b" "beta.txt"
expect "pubtool list -- -" "-dash.txt"
expect "pubtool list -- --by " "$files"
expect "pubtool import -L " "$files"
expect "pubtool import -o b" "beta.txt"
expect "pubtool import --output=a" "alpha.yaml"
expect "pubtool import -qo " "$files"
expect "pubtool filter --area DC " "$files"
expect "pubtool stats " "$files"
expect "pubtool cite -i " "$files"
expect "pubtool cite --input=a" "alpha.yaml"
expect "pubtool cite -i alpha.yaml -i b" "beta.txt"
expect "pubtool list -w " ""
expect "pubtool filter --author " ""
flush

# ---------------------------------------------------------------------------
# Area codes: of the library -L names, else of $PUBTOOL_LIBRARY, else of
# the default library; of the FILE operands when there are some.

areas="AR DC LG NA PF"
expect "pubtool filter -L $lib --area " "$areas"
expect "pubtool filter -L $lib --area D" "DC"
expect "pubtool filter -L $lib --area X" ""
expect "pubtool filter --library=$lib --area=" "$areas"
expect "pubtool filter --library $lib --area=N" "NA"
expect "pubtool filter --code -L$lib --invert --area " "$areas"
expect "pubtool filter -L $lib --area DC," "DC,AR DC,LG DC,NA DC,PF"
expect "pubtool filter -L $lib --area DC,P" "DC,PF"
expect "pubtool filter -L $lib --area=AR,N" "AR,NA"
expect "pubtool filter -L $lib --area DC,PF,L" "DC,PF,LG"
expect "pubtool filter -L '$lib' --area P" "PF"
expect "pubtool filter -L $lib $root/fixtures/profile/yokota.txt --area " \
    "CL CV LG ML MS NA NE"
expect "pubtool filter $tmp/multi.yaml --area " "CL CV"
expect "pubtool filter -f profile $tmp/multi.yaml --area " ""
expect "pubtool filter -L $tmp/none.yaml --area " ""
expect "pubtool filter --area " ""
# Citation keys, from the library or the -i inputs; not those given.
tito20="tito2026elastic tito2025tail tito2021work tito2019mixed tito2018roofline"
expect "pubtool cite -L $lib tito20" "$tito20"
expect "pubtool cite -L $lib " \
    "$tito20 ferreira2024low anon2023case puig2017scheduling"
expect "pubtool cite -L $lib tito2018roofline tito201" "tito2019mixed"
expect "pubtool cite -L $lib -- tito2019" "tito2019mixed"
expect "pubtool cite --library=$lib -F text -w 72 f" "ferreira2024low"
expect "pubtool cite -i $tmp/multi.yaml " "multi2020line plain2021key"
expect "pubtool cite -i $tmp/multi.yaml -i $lib p" \
    "plain2021key puig2017scheduling"
expect "pubtool cite --input=$tmp/multi.yaml m" "multi2020line"
# (No letter of any key: fish falls back to substrings.)
expect "pubtool cite -L $lib zq" ""
expect "pubtool cite -i $tmp/none.yaml " ""
expect "pubtool cite " ""
flush

export PUBTOOL_LIBRARY=$lib
expect "pubtool filter --area L" "LG"
expect "pubtool filter --area PF," "PF,AR PF,DC PF,LG PF,NA"
expect "pubtool cite puig" "puig2017scheduling"
expect "pubtool cite -i $tmp/multi.yaml p" "plain2021key"
flush
unset PUBTOOL_LIBRARY

mkdir -p "$XDG_DATA_HOME/pubtool"
cp "$lib" "$XDG_DATA_HOME/pubtool/library.yaml"
cp "$tmp/multi.yaml" "$HOME/multi.yaml"
expect "pubtool filter --area=A" "AR"
expect "pubtool cite anon" "anon2023case"
expect "pubtool cite -i ~/multi.yaml pl" "plain2021key"
flush
rm -r "${XDG_DATA_HOME:?}/pubtool"

# The command list is that of the pubtool on PATH, when there is one;
# else the built-in list, and no areas or keys.
mkdir "$tmp/fake"
printf '#!/bin/sh\nprintf "import\\nlist\\nfrob\\n"\n' >"$tmp/fake/pubtool"
chmod +x "$tmp/fake/pubtool"
saved_path=$PATH
PATH=$tmp/fake:$PATH
expect "pubtool " "import list frob help"
expect "pubtool help " "import list frob"
flush
PATH=$(printf '%s\n' "$saved_path" | tr ':' '\n' | while read -r d; do
	[ -x "$d/pubtool" ] || printf '%s:' "$d"; done)
PATH=${PATH%:}
if command -v pubtool >/dev/null; then
	fail "cannot take pubtool off PATH"
else
	export PUBTOOL_LIBRARY=$lib
	fish_preload=1
	cd "$tmp/empty"
	# shellcheck disable=SC2154 # set by completions/pubtool.bash
	expect "pubtool " "${_pubtool_builtin_commands[*]}"
	expect "pubtool filter --area " ""
	expect "pubtool cite puig" ""
	flush
	fish_preload=
	unset PUBTOOL_LIBRARY
fi
PATH=$saved_path

passed=$(grep -c '^pass$' "$results" || :)
failed=$(grep -c '^fail$' "$results" || :)
echo "completion-$shell: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
