# bash completion for pubtool(1)                           -*- shell-script -*-
# shellcheck shell=bash
#
# Installed as $(BASHCOMPDIR)/pubtool, where bash-completion 2.x loads it on
# first use of the command.  It also works without bash-completion: source
# it from ~/.bashrc and plain `complete -F` is used; file names then come
# from `compgen -f` instead of _filedir.
#
# Command names come from `pubtool --list-commands` when pubtool is on PATH
# (plus the built-in `help`), otherwise from _pubtool_builtin_commands.
#
# Options live in the tables below, one per command.  A change to a
# command's options updates its table in the same commit (STYLE.md §10);
# tests/cli/completion.sh fails when a table and `pubtool CMD --help`
# disagree.
#
# Table format: one row per option, three columns:
#   SHORT     the short option, or '-' when there is none
#   LONG      the long option
#   ARGUMENT  '-'        takes no argument
#             <file>     complete file names
#             <text>     free text, nothing to complete
#             a|b|c      complete one of these words
# _pubtool_operands_CMD says what the non-option arguments are: <file>,
# <command> (one command name) or '-' (none).

_pubtool_builtin_commands=(import list help)

# ---- OPTION TABLE: pubtool (global, before the command) -------------------
_pubtool_options_pubtool='
-   --version       -
-h  --help          -
'
# ---- END OPTION TABLE: pubtool ---------------------------------------------

# ---- OPTION TABLE: import ---------------------------------------------------
_pubtool_options_import='
-f  --input-format  profile|yaml
-F  --format        yaml
-L  --library       <file>
-o  --output        <file>
-   --as-of         <text>
-   --skip-invalid  -
-q  --quiet         -
-h  --help          -
'
_pubtool_operands_import='<file>'
# ---- END OPTION TABLE: import -----------------------------------------------

# ---- OPTION TABLE: list -----------------------------------------------------
_pubtool_options_list='
-   --by            area|year|area,year|none
-   --sort          date|title|area
-F  --format        text|yaml
-w  --width         <text>
-f  --input-format  profile|yaml
-L  --library       <file>
-   --as-of         <text>
-h  --help          -
'
_pubtool_operands_list='<file>'
# ---- END OPTION TABLE: list -------------------------------------------------

# ---- OPTION TABLE: help -----------------------------------------------------
_pubtool_options_help='
'
_pubtool_operands_help='<command>'
# ---- END OPTION TABLE: help -------------------------------------------------

# Prints the command names, one a line; with an argument, all but "help".
_pubtool_commands()
{
    local out name names=()
    if command -v pubtool >/dev/null 2>&1 &&
        out=$(pubtool --list-commands 2>/dev/null) && [[ -n $out ]]; then
        while IFS= read -r name; do
            [[ -n $name ]] && names+=("$name")
        done <<<"$out"
        # `help` is handled by main() and not in --list-commands.
        [[ " ${names[*]} " == *" help "* ]] || names+=(help)
    else
        names=("${_pubtool_builtin_commands[@]}")
    fi
    for name in "${names[@]}"; do
        [[ -n ${1-} && $name == help ]] || printf '%s\n' "$name"
    done
}

# Prints the options table of command $1 (empty for an unknown command).
_pubtool_table()
{
    local var=_pubtool_options_${1//-/_}
    [[ $var =~ ^[A-Za-z0-9_]+$ ]] || return 0
    printf '%s\n' "${!var-}"
}

# Prints the ARGUMENT column for option $2 of command $1: '-' for an
# option without argument, nothing for an unknown option.
_pubtool_argument()
{
    local short long arg
    while read -r short long arg; do
        [[ -n $long ]] || continue
        if [[ $2 == "$long" || ($short != - && $2 == "$short") ]]; then
            printf '%s\n' "$arg"
            return 0
        fi
    done <<<"$(_pubtool_table "$1")"
}

# Prints every option of command $1, one a line.
_pubtool_option_names()
{
    local short long arg
    while read -r short long arg; do
        [[ -n $long ]] || continue
        [[ $short == - ]] || printf '%s\n' "$short"
        printf '%s\n' "$long"
    done <<<"$(_pubtool_table "$1")"
}

# Sets COMPREPLY to the words of stdin that start with $cur.  Feed it with
# a redirection, not a pipe: the last command of a pipeline may run in a
# subshell, and COMPREPLY would be lost.
_pubtool_reply()
{
    local w
    COMPREPLY=()
    while IFS= read -r w; do
        [[ -n $w && $w == "$cur"* ]] && COMPREPLY+=("$w")
    done
    return 0
}

# Sets COMPREPLY to the file names that start with $cur.
_pubtool_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir
        return 0
    fi
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    return 0
}

# Completes the argument of an option whose ARGUMENT column is $1.
_pubtool_complete_argument()
{
    case $1 in
    '<file>') _pubtool_files ;;
    '<text>') COMPREPLY=() ;;
    *) _pubtool_reply <<<"${1//|/$'\n'}" ;;
    esac
}

# If word $2 (a cluster of short options such as -qL) ends in an option of
# command $1 that takes an argument, prints that option's ARGUMENT column.
_pubtool_cluster_argument()
{
    local word=${2#-} letter arg
    while [[ -n $word ]]; do
        letter=${word:0:1}
        word=${word:1}
        arg=$(_pubtool_argument "$1" "-$letter")
        if [[ -n $arg && $arg != - ]]; then
            # The rest of the word, if any, is this option's argument.
            [[ -z $word ]] && printf '%s\n' "$arg"
            return 0
        fi
    done
}

_pubtool()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        _init_completion -s || return
    else
        # Plain bash: no reassembly of words split at COMP_WORDBREAKS,
        # except for the '=' of --option=value.
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${words[cword]-}
        prev=${words[cword - 1]-}
        if [[ $cur == = && $prev == --* ]]; then
            cur=
            split=true
        elif [[ $prev == = ]] && ((cword >= 2)) &&
            [[ ${words[cword - 2]} == --* ]]; then
            prev=${words[cword - 2]}
            split=true
        elif [[ $cur == --*=* ]]; then
            prev=${cur%%=*}
            cur=${cur#*=}
            split=true
        fi
    fi
    COMPREPLY=()

    # The command name.
    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            _pubtool_reply < <(_pubtool_option_names pubtool)
        else
            _pubtool_reply < <(_pubtool_commands)
        fi
        return 0
    fi
    local cmd=${words[1]-}
    [[ $cmd == -* ]] && return 0

    # After "--" everything is an operand.
    local i dashdash=false
    for ((i = 2; i < cword; i++)); do
        if [[ ${words[i]} == -- ]]; then
            dashdash=true
            break
        fi
    done

    if ! $dashdash; then
        # The argument of the previous option (or of --option=).
        local arg=
        case $prev in
        --*) arg=$(_pubtool_argument "$cmd" "$prev") ;;
        -?*) arg=$(_pubtool_cluster_argument "$cmd" "$prev") ;;
        esac
        if [[ -n $arg && $arg != - ]]; then
            _pubtool_complete_argument "$arg"
            _pubtool_prefix_split
            return 0
        fi
        # --option=value for an option without argument.
        $split && return 0

        if [[ $cur == -* ]]; then
            _pubtool_reply < <(_pubtool_option_names "$cmd")
            return 0
        fi
    fi

    # Operands.
    local var=_pubtool_operands_${cmd//-/_}
    [[ $var =~ ^[A-Za-z0-9_]+$ ]] || return 0
    case ${!var-<file>} in
    '<file>') _pubtool_files ;;
    '<command>')
        # Only "pubtool help COMMAND": one name, not help itself.
        ((cword == 2)) && _pubtool_reply < <(_pubtool_commands nohelp)
        ;;
    esac
    return 0
} &&
    complete -F _pubtool pubtool

# When '=' is not in COMP_WORDBREAKS, bash replaces the whole
# --option=value word, so the replies need the "--option=" prefix back.
_pubtool_prefix_split()
{
    $split || return 0
    [[ $COMP_WORDBREAKS == *=* ]] && return 0
    local i
    for i in "${!COMPREPLY[@]}"; do
        COMPREPLY[i]=$prev=${COMPREPLY[i]}
    done
}

# ex: filetype=sh
