#!/usr/bin/env zsh
# tests/cli/zsh-complete.zsh: prints what zsh's completion system offers,
# one candidate a line, for each line of standard input typed into an
# interactive zsh followed by TAB.
#
# usage: zsh -f tests/cli/zsh-complete.zsh SETUP <lines
#
# SETUP is a zsh script sourced by the interactive shell before compinit
# (it sets fpath and PATH).  For each input
# line the output is the line "### LINE", then the candidates.  The
# interactive shell runs in a pseudo-terminal (zsh/zpty), with compadd
# wrapped so that every match added is printed with the prefix zsh would
# insert before it ($IPREFIX, -P, -p) and the -s suffix, but no
# description; then the line is discarded, nothing is ever run.  The
# approach is that of zsh's own Test/comptest.
zmodload zsh/zpty || { print -u2 'zsh-complete: no zsh/zpty'; exit 2; }

setup=$1
init=$(mktemp) || exit 2
trap 'rm -f $init' EXIT
print -r -- "source ${(q)setup}" >$init
cat >>$init <<'EOF'
PS1= PS2= RPS1= PROMPT_EOL_MARK=
setopt no_beep no_banghist
unsetopt correct correct_all zle_bracketed_paste 2>/dev/null
autoload -Uz compinit
compinit -u -D
bindkey '^U' kill-whole-line
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
# Each completion prints a start and an end marker around the matches,
# and neither inserts nor lists anything.
_zc_start() { print -r -- $'\n<<start>>' }
_zc_end() {
	print -r -- $'\n<<end>>'
	compstate[insert]=
	compstate[list]=
}
_zc_complete() {
	compprefuncs=(_zc_start)
	comppostfuncs=(_zc_end)
	_main_complete "$@"
}
zle -C zc-complete complete-word _zc_complete
bindkey '^I' zc-complete
# compadd: prints the matches as zsh would insert them, apart from
# quoting, then adds them.
compadd() {
	local -a __hits __pre __ipre __isuf __ignore
	local __h
	if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
		builtin compadd "$@"
		return
	fi
	zparseopts -E -a __ignore P:=__pre p:=__ipre s:=__isuf
	builtin compadd -A __hits "$@"
	for __h in $__hits; do
		print -r -- "<<m>>$IPREFIX$__pre[2]$__ipre[2]$__h$__isuf[2]"
	done
	builtin compadd "$@"
}
EOF

zpty z zsh -f -i || { print -u2 'zsh-complete: cannot start zsh'; exit 2; }
zpty -w z "source ${(q)init}; print -r -- '<<rea''dy>>'"
while zpty -r z out; do
	[[ $out == '<<ready>>'* ]] && break
done

while IFS= read -r input; do
	print -r -- "### $input"
	zpty -w -n z "$input"$'\t'
	start=0
	while zpty -r z out; do
		[[ -n ${ZC_DEBUG-} ]] && print -ru2 -- "${(q+)out}"
		out=${out//$'\r'/}
		out=${out//$'\n'/}
		if [[ $out == *'<<start>>'* ]]; then
			start=1
		elif [[ $out == *'<<end>>'* ]]; then
			(( start )) && break
		elif (( start )) && [[ $out == *'<<m>>'* ]]; then
			print -r -- "${out#*<<m>>}"
		fi
	done
	zpty -w -n z $'\C-u'
done
zpty -d z
