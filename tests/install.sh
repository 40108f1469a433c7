#!/usr/bin/env bash
# tests/install.sh: make install into a staging DESTDIR, use what was
# installed, make uninstall.
#
# Run from the top of the repository after `make` (the Makefile's
# check-install does; MAKE names the make to run).  Twice, once with the
# default directories under PREFIX=/usr/local and once with every
# directory variable set apart, it checks that install puts exactly the
# expected files in place (the program, every page of man/, the three
# completions); that the installed program runs (--version, an import
# and a list that give what the build tree's pubtool gives); that every
# installed manual page renders with man(1) without a warning; that
# `pubtool help CMD` shows the installed page, and the --help text when
# man(1) is missing; that bash-completion, zsh and fish find the
# completion where it was put; and that uninstall leaves no file behind.
# Uninstall removes no directory: those install creates are shared with
# other packages (see the Makefile).
#
# Prints failures, then "install: N passed, N failed"; exits 1 when a
# check failed, 2 when it cannot run.
set -eu

root=$PWD
MAKE=${MAKE:-make}
bash_completion=${BASH_COMPLETION:-/usr/share/bash-completion/bash_completion}
if [ ! -x "$root/pubtool" ]; then
	echo "install: run from the repository root after 'make'" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results
: >"$results"
# shellcheck source=tests/cli/completion-lib.sh
. "$root/tests/cli/completion-lib.sh"

unset PUBTOOL_LIBRARY MANPATH
export SOURCE_DATE_EPOCH=1795651200 LC_ALL=C.UTF-8
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
export MANPAGER=cat PAGER=cat MANWIDTH=80
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
version=$("$MAKE" -s --no-print-directory print-version)

# check_install STAGE BINDIR MANDIR BASHCOMPDIR ZSHCOMPDIR FISHCOMPDIR
# DATADIR [MAKE ARGUMENTS]: installs into STAGE with the make arguments,
# checks what is there, uninstalls.  The directories are those the
# arguments should give, DATADIR the one whose share/ bash-completion and
# fish search (XDG_DATA_DIRS).
check_install() {
	local stage=$1 bindir=$2 mandir=$3 bashdir=$4 zshdir=$5 fishdir=$6
	local datadir=$7 page name out want got
	shift 7
	if ! "$MAKE" -s --no-print-directory install DESTDIR="$stage" "$@" \
	    >"$tmp/log" 2>&1; then
		fail "make install $*" "$(tail -n 5 "$tmp/log")"
		return
	fi
	pass
	# Exactly these files, each page of man/ included.
	{
		echo "$bindir/pubtool"
		for page in "$root"/man/*.[1-9]; do
			name=${page##*/}
			echo "$mandir/man${name##*.}/$name"
		done
		echo "$bashdir/pubtool"
		echo "$zshdir/_pubtool"
		echo "$fishdir/pubtool.fish"
	} | LC_ALL=C sort >"$tmp/want"
	(cd "$stage" && find . ! -type d | sed 's|^\.||' | LC_ALL=C sort) \
	    >"$tmp/got"
	if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then pass; else
		fail "make install $*: not the files expected" "$(cat "$tmp/diff")"
	fi
	if [ -x "$stage$bindir/pubtool" ] &&
	    [ "$(stat -c %a "$stage$bindir/pubtool")" = 755 ]; then
		pass
	else
		fail "make install $*: $bindir/pubtool is not mode 755"
	fi

	# The installed program.
	local bin=$stage$bindir/pubtool
	out=$("$bin" --version | head -n 1)
	if [ "$out" = "pubtool $version" ]; then pass; else
		fail "installed pubtool --version" "want: pubtool $version" \
		    "got:  $out"
	fi
	rm -f "$tmp/lib.yaml" "$tmp/lib0.yaml"
	if "$bin" import -q -L "$tmp/lib.yaml" \
	    "$root/fixtures/profile/yokota.txt" </dev/null &&
	    "$bin" list -L "$tmp/lib.yaml" --by area,year </dev/null \
	    >"$tmp/list" && [ -s "$tmp/list" ]; then
		"$root/pubtool" import -q -L "$tmp/lib0.yaml" \
		    "$root/fixtures/profile/yokota.txt" </dev/null
		"$root/pubtool" list -L "$tmp/lib0.yaml" --by area,year \
		    </dev/null >"$tmp/list0"
		if cmp -s "$tmp/lib.yaml" "$tmp/lib0.yaml" &&
		    cmp -s "$tmp/list" "$tmp/list0"; then
			pass
		else
			fail "installed pubtool: import and list differ from the build tree's"
		fi
	else
		fail "installed pubtool: import and list of fixtures/profile/yokota.txt failed"
	fi

	# Every installed page renders, without a warning from groff or
	# mandoc, with its title first.
	for page in "$stage$mandir"/man*/*; do
		name=${page##*/}
		out=$(man --warnings -E UTF-8 -l "$page" 2>"$tmp/err" | head -n 1)
		want=$(echo "${name%.*}(${name##*.})" | tr '[:lower:]' '[:upper:]')
		if [ -s "$tmp/err" ]; then
			fail "man -l $name: warnings" "$(head -n 5 "$tmp/err")"
		elif [[ $out != "$want"* ]]; then
			fail "man -l $name: no title line" "want: $want" \
			    "got:  $out"
		elif ! mandoc -T lint -W warning "$page" >"$tmp/err" 2>&1; then
			fail "mandoc -T lint $name" "$(head -n 5 "$tmp/err")"
		else
			pass
		fi
	done

	# pubtool help: the installed page through man(1), found on
	# MANPATH; without man(1), the --help text.
	out=$(MANPATH=$stage$mandir "$bin" help list | head -n 1)
	if [[ $out == PUBTOOL-LIST\(1\)* ]]; then pass; else
		fail "pubtool help list with the page on MANPATH" \
		    "want: PUBTOOL-LIST(1) ..." "got:  $out"
	fi
	mkdir -p "$tmp/noman"
	ln -sf "$(command -v sed)" "$tmp/noman/sed"
	out=$(PATH=$tmp/noman MANPATH=$stage$mandir "$bin" help list)
	if [ "$out" = "$("$bin" list --help)" ]; then pass; else
		fail "pubtool help list without man(1): not list --help"
	fi

	# Each shell finds the completion where it was installed.
	got=$(PATH=$stage$bindir:$PATH XDG_DATA_DIRS=$stage$datadir bash -c '
		. "$1" >/dev/null 2>&1
		__load_completion pubtool && complete -p pubtool' _ \
	    "$bash_completion" 2>&1) || :
	if [[ $got == *"-F _pubtool pubtool"* ]]; then pass; else
		fail "bash-completion does not load $bashdir/pubtool" "$got"
	fi
	# shellcheck disable=SC2016 # $fpath and $PATH are zsh's, at run time
	printf 'fpath=(%q $fpath)\nPATH=%q:$PATH\n' "$stage$zshdir" \
	    "$stage$bindir" >"$tmp/setup.zsh"
	got=$(echo 'pubtool li' | zsh -f "$root/tests/cli/zsh-complete.zsh" \
	    "$tmp/setup.zsh" 2>&1 | sed 1d) || :
	if [ "$got" = list ]; then pass; else
		fail "zsh does not complete from $zshdir/_pubtool" "$got"
	fi
	# Not --no-config: fish's own share/config.fish adds
	# XDG_DATA_DIRS/fish/vendor_completions.d to fish_complete_path.
	got=$(cd "$tmp" && PATH=$stage$bindir:$PATH \
	    XDG_DATA_DIRS=$stage$datadir fish -c 'complete -C "pubtool li"' \
	    2>&1 | cut -f 1) || :
	if [ "$got" = list ]; then pass; else
		fail "fish does not complete from $fishdir/pubtool.fish" "$got"
	fi

	# Uninstall leaves no file (directories stay).
	if ! "$MAKE" -s --no-print-directory uninstall DESTDIR="$stage" "$@" \
	    >"$tmp/log" 2>&1; then
		fail "make uninstall $*" "$(tail -n 5 "$tmp/log")"
		return
	fi
	got=$(cd "$stage" && find . ! -type d)
	if [ -z "$got" ]; then pass; else
		fail "make uninstall $*: files left" "$got"
	fi
}

check_install "$tmp/stage" /usr/local/bin /usr/local/share/man \
    /usr/local/share/bash-completion/completions \
    /usr/local/share/zsh/site-functions \
    /usr/local/share/fish/vendor_completions.d /usr/local/share \
    PREFIX=/usr/local
check_install "$tmp/stage2" /opt/pt/b /opt/pt/m /opt/c/share/bash-completion/completions \
    /opt/c/zsh /opt/c/share/fish/vendor_completions.d /opt/c/share \
    PREFIX=/opt/pt BINDIR=/opt/pt/b MANDIR=/opt/pt/m \
    BASHCOMPDIR=/opt/c/share/bash-completion/completions \
    ZSHCOMPDIR=/opt/c/zsh FISHCOMPDIR=/opt/c/share/fish/vendor_completions.d

passed=$(grep -c '^pass$' "$results" || :)
failed=$(grep -c '^fail$' "$results" || :)
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
