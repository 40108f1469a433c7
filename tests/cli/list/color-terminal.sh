# --color=auto on a terminal (script(1) gives the commands one): colour,
# unless NO_COLOR is set and not empty, or TERM is dumb; NO_COLOR does
# not override --color=always.  Off a terminal, auto means no colour.
esc=$(printf '\033')
colour() {
	if grep -q "$esc\[" "$TMP/out"; then echo "$1: colour"
	else echo "$1: no colour"; fi
}
tty() {
	script -qec "$*" /dev/null </dev/null >"$TMP/out" 2>&1
}
TERM=xterm
export TERM
unset NO_COLOR
args="--as-of 2026-11-26 profile/tito.txt"
tty "$PUBTOOL" list $args; colour "list, terminal"
tty "$PUBTOOL" stats $args; colour "stats, terminal"
tty "$PUBTOOL" filter -F text $args; colour "filter -F text, terminal"
NO_COLOR=1 tty "$PUBTOOL" list $args; colour "list, terminal, NO_COLOR=1"
NO_COLOR=1 tty "$PUBTOOL" stats $args; colour "stats, terminal, NO_COLOR=1"
NO_COLOR= tty "$PUBTOOL" list $args; colour "list, terminal, NO_COLOR empty"
NO_COLOR=1 tty "$PUBTOOL" list --color=always $args
colour "list --color=always, terminal, NO_COLOR=1"
tty "$PUBTOOL" list --color=never $args; colour "list --color=never, terminal"
TERM=dumb tty "$PUBTOOL" list $args; colour "list, terminal, TERM=dumb"
"$PUBTOOL" list $args >"$TMP/out"; colour "list, file"
"$PUBTOOL" stats $args | cat >"$TMP/out"; colour "stats, pipe"
NO_COLOR=1 "$PUBTOOL" stats --color=always $args >"$TMP/out"
colour "stats --color=always, file, NO_COLOR=1"
