#!/usr/bin/env bash
# tests/man-options.sh: the options each command accepts against those its
# manual page documents.
#
# Run from the top of the repository after `make pubtool`.  For every
# command of `pubtool --list-commands`, the options of `pubtool CMD --help`
# (the "-x, --long ARG" lines) are compared with the options the manual
# documents: the .It Fl items of man/pubtool-CMD.1, and those of the
# "Options of the reading commands" list of man/pubtool.1, which every
# reading command shares.  Every option accepted must be documented, with
# an argument if and only if it takes one; every option the page lists
# (and every option of its SYNOPSIS) must exist.  The options pubtool
# takes in place of a command (.It Fl items of pubtool.1 outside that
# list) must be accepted, and those of `pubtool --help` documented.
#
# Prints failures, then "man-options: N passed, N failed"; exits 1 when a
# check failed.
set -eu

root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results
: >"$results"
# shellcheck source=tests/cli/completion-lib.sh
. "$root/tests/cli/completion-lib.sh"

# Prints the options that .It Fl lines of mdoc on stdin document, as
# "OPTION ARG" lines (ARG "arg" when an Ar or Cm follows the option on its
# line, else "-"); \- is read as -.
man_items() {
	sed -n 's/^\.It Fl /Fl /p' | sed 's/\\-/-/g' | awk '{
		for (i = 1; i < NF; i++) {
			if ($i != "Fl")
				continue
			opt = "-" $(i + 1)
			sub(/[,.;:]$/, "", opt)
			arg = ($(i + 2) == "Ar" || $(i + 2) == "Cm") ? "arg" : "-"
			print opt, arg
		}
	}' | LC_ALL=C sort -u
}

# Prints the options of the SYNOPSIS of the mdoc page $1, one a line.
man_synopsis() {
	sed -n '/^\.Sh SYNOPSIS/,/^\.Sh /p' "$1" | sed 's/\\-/-/g' |
	    grep -oE 'Fl [A-Za-z0-9-]+' | sed 's/^Fl /-/' | LC_ALL=C sort -u
}

# The "Options of the reading commands" list of pubtool.1, and the rest.
sed -n '/^\.Ss Options of the reading commands/,/^\.S[hs] /p' \
    "$root/man/pubtool.1" | man_items >"$tmp/common"
sed '/^\.Ss Options of the reading commands/,/^\.S[hs] /d' \
    "$root/man/pubtool.1" | man_items >"$tmp/global"
if [ -s "$tmp/common" ] && [ -s "$tmp/global" ]; then pass; else
	fail "pubtool.1: no option list found (common: $(wc -l <"$tmp/common"), global: $(wc -l <"$tmp/global"))"
fi

for cmd in $("$root/pubtool" --list-commands); do
	page=$root/man/pubtool-$cmd.1
	if [ ! -f "$page" ]; then
		fail "$cmd: no manual page man/pubtool-$cmd.1"
		continue
	fi
	# What --help says, as "OPTION ARG" lines, short and long apart.
	help_options "$cmd" | awk '{
		if ($1 != "-") print $1, $3
		print $2, $3
	}' | LC_ALL=C sort -u >"$tmp/help"
	if [ ! -s "$tmp/help" ]; then
		fail "$cmd --help: no options found"
		continue
	fi
	man_items <"$page" >"$tmp/page"
	LC_ALL=C sort -u "$tmp/page" "$tmp/common" >"$tmp/documented"

	# Every option accepted is documented, with its argument.
	while read -r opt arg; do
		doc=$(awk -v o="$opt" '$1 == o { print $2 }' "$tmp/documented" |
		    LC_ALL=C sort -u | tr '\n' ' ' | sed 's/ $//')
		if [ -z "$doc" ]; then
			fail "$cmd: $opt is in --help but not documented in pubtool-$cmd.1 (nor pubtool.1)"
		elif [ "$doc" != "$arg" ]; then
			fail "$cmd: $opt takes an argument in one of --help and the manual only" \
			    "--help: $arg" "manual: $doc"
		else
			pass
		fi
	done <"$tmp/help"

	# Every option the page documents exists.
	while read -r opt arg; do
		if awk -v o="$opt" '$1 == o { f = 1 } END { exit !f }' "$tmp/help"
		then pass; else
			fail "$cmd: pubtool-$cmd.1 documents $opt, which --help does not list"
		fi
	done <"$tmp/page"
	while read -r opt; do
		if awk -v o="$opt" '$1 == o { f = 1 } END { exit !f }' "$tmp/help"
		then pass; else
			fail "$cmd: the SYNOPSIS of pubtool-$cmd.1 has $opt, which --help does not list"
		fi
	done <<EOF
$(man_synopsis "$page")
EOF
	# The shared list holds options every reading command has.
	while read -r opt arg; do
		if awk -v o="$opt" '$1 == o { f = 1 } END { exit !f }' "$tmp/help"
		then pass; else
			fail "$cmd: pubtool.1 documents $opt for every reading command, but $cmd --help does not list it"
		fi
	done <"$tmp/common"
done

# The options in place of a command: each documented one is accepted, and
# each in the usage of `pubtool --help` is documented.
while read -r opt arg; do
	if "$root/pubtool" "$opt" >/dev/null 2>&1; then pass; else
		fail "pubtool.1 documents $opt, which pubtool refuses"
	fi
done <"$tmp/global"
for opt in $("$root/pubtool" --help | sed -n '/^usage:/,/^$/p' |
    grep -oE '\[--?[A-Za-z0-9-]+' | tr -d '['); do
	if awk -v o="$opt" '$1 == o { f = 1 } END { exit !f }' "$tmp/global"
	then pass; else
		fail "pubtool --help shows $opt, which pubtool.1 does not document"
	fi
done
for opt in $(man_synopsis "$root/man/pubtool.1"); do
	if awk -v o="$opt" '$1 == o { f = 1 } END { exit !f }' "$tmp/global"
	then pass; else
		fail "the SYNOPSIS of pubtool.1 has $opt, which it does not document"
	fi
done
# An unknown option is refused, so the check above means something.
if "$root/pubtool" --no-such-option >/dev/null 2>&1; then
	fail "pubtool accepts --no-such-option"
else
	pass
fi

passed=$(grep -c '^pass$' "$results" || :)
failed=$(grep -c '^fail$' "$results" || :)
echo "man-options: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
