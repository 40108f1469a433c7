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
# disagree.  These tables are also the options of the zsh and fish
# completions: completions/gentables.sh copies them into _pubtool and
# pubtool.fish at build time, and tests/cli/completion-shell.sh checks
# what those shells offer against --help too.  So a new option or value
# is added here only.
#
# Table format: one row per option, three columns:
#   SHORT     the short option, or '-' when there is none
#   LONG      the long option
#   ARGUMENT  '-'        takes no argument
#             <file>     complete file names
#             <text>     free text, nothing to complete
#             <area>     a comma list of the area codes found in what the
#                        command line reads (see _pubtool_complete_areas)
#             a|b|c      complete one of these words
# _pubtool_operands_CMD says what the non-option arguments are: <file>,
# <command> (one command name), <key> (citation keys found in what the
# command line reads, see _pubtool_complete_keys) or '-' (none).
#
# Completing <area> and <key> runs pubtool on what the command line would
# read: its FILE operands (for cite, its -i inputs), else the library of
# -L, else the default library: $PUBTOOL_LIBRARY, else
# ${XDG_DATA_HOME:-$HOME/.local/share}/pubtool/library.yaml.  -f and
# --as-of are passed on.  Standard input is /dev/null (so -L is always
# given: without it pubtool would read standard input), and errors are
# dropped: on any failure nothing is offered.

_pubtool_builtin_commands=(import list filter cite stats help)

# ---- OPTION TABLE: pubtool (global, before the command) -------------------
_pubtool_options_pubtool='
-   --version       -
-h  --help          -
'
# ---- END OPTION TABLE: pubtool ---------------------------------------------

# ---- OPTION TABLE: import ---------------------------------------------------
_pubtool_options_import='
-f  --input-format  profile|yaml|atom|dblp|bibtex|csv
-F  --format        yaml
-L  --library       <file>
-   --max           <text>
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
-F  --format        text|yaml|bibtex|csv|csljson|ris|markdown|html
-w  --width         <text>
-   --color         auto|always|never
-   --ascii         -
-   --csv-raw       -
-   --bom           -
-   --fragment      -
-f  --input-format  profile|yaml|atom|dblp|bibtex|csv
-L  --library       <file>
-   --max           <text>
-   --as-of         <text>
-h  --help          -
'
_pubtool_operands_list='<file>'
# ---- END OPTION TABLE: list -------------------------------------------------

# ---- OPTION TABLE: filter ---------------------------------------------------
_pubtool_options_filter='
-   --area          <area>
-   --since         <text>
-   --until         <text>
-   --year          <text>
-   --author        <text>
-   --first-author  -
-   --title         <text>
-   --grep          <text>
-   --code          -
-   --invert        -
-   --limit         <text>
-F  --format        yaml|text|bibtex|csv|csljson|ris|markdown|html
-w  --width         <text>
-   --color         auto|always|never
-   --ascii         -
-   --csv-raw       -
-   --bom           -
-   --fragment      -
-f  --input-format  profile|yaml|atom|dblp|bibtex|csv
-L  --library       <file>
-   --max           <text>
-   --as-of         <text>
-h  --help          -
'
_pubtool_operands_filter='<file>'
# ---- END OPTION TABLE: filter -----------------------------------------------

# ---- OPTION TABLE: cite -----------------------------------------------------
_pubtool_options_cite='
-F  --format        bibtex|text|csv|yaml|csljson|ris
-   --ascii         -
-   --csv-raw       -
-   --bom           -
-w  --width         <text>
-i  --input         <file>
-f  --input-format  profile|yaml|atom|dblp|bibtex|csv
-L  --library       <file>
-   --max           <text>
-   --as-of         <text>
-h  --help          -
'
_pubtool_operands_cite='<key>'
# ---- END OPTION TABLE: cite -------------------------------------------------

# ---- OPTION TABLE: stats ----------------------------------------------------
_pubtool_options_stats='
-   --by            area|year|area,year|author
-   --top           <text>
-   --owner         <text>
-F  --format        text|csv|yaml
-w  --width         <text>
-   --color         auto|always|never
-   --csv-raw       -
-   --bom           -
-f  --input-format  profile|yaml|atom|dblp|bibtex|csv
-L  --library       <file>
-   --max           <text>
-   --as-of         <text>
-h  --help          -
'
_pubtool_operands_stats='<file>'
# ---- END OPTION TABLE: stats ------------------------------------------------

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

# Prints the table row "SHORT LONG ARGUMENT" of option $2 (short or long)
# of command $1; nothing for an unknown option.
_pubtool_option_row()
{
    local short long arg
    while read -r short long arg; do
        [[ -n $long ]] || continue
        if [[ $2 == "$long" || ($short != - && $2 == "$short") ]]; then
            printf '%s %s %s\n' "$short" "$long" "$arg"
            return 0
        fi
    done <<<"$(_pubtool_table "$1")"
}

# Prints the ARGUMENT column for option $2 of command $1: '-' for an
# option without argument, nothing for an unknown option.
_pubtool_argument()
{
    local short long arg
    read -r short long arg <<<"$(_pubtool_option_row "$1" "$2")"
    [[ -z $arg ]] || printf '%s\n' "$arg"
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

# Prints word $1 of the command line as the shell would pass it, for the
# common cases: a leading ~ or ~/, one pair of quotes around the whole
# word, backslash escapes.
_pubtool_dequote()
{
    local w=$1 out='' c
    case $w in
    '~') w=$HOME ;;
    \~/*) w=$HOME/${w:2} ;;
    \'*\') w=${w:1:${#w}-2} ;;
    \"*\")
        w=${w:1:${#w}-2}
        while [[ -n $w ]]; do
            c=${w:0:1}
            w=${w:1}
            if [[ $c == \\ && -n $w && $w == [\"\\\$\`]* ]]; then
                c=${w:0:1}
                w=${w:1}
            fi
            out+=$c
        done
        w=$out
        ;;
    *\\*)
        while [[ -n $w ]]; do
            c=${w:0:1}
            w=${w:1}
            if [[ $c == \\ ]]; then
                c=${w:0:1}
                w=${w:1}
            fi
            out+=$c
        done
        w=$out
        ;;
    esac
    printf '%s\n' "$w"
}

# Reads the command line of $cmd (words[2] on, all but words[cword], the
# word being completed) and appends to the caller's arrays: _pt_opts, the
# options that take an argument, as long name and value (as typed),
# alternately; _pt_operands, the operands.  Uses the caller's words, cword
# and cmd.
_pubtool_scan()
{
    local i=2 n=${#words[@]} w rest short long arg dashdash=false
    while ((i < n)); do
        w=${words[i]}
        if ((i == cword)); then
            :
        elif $dashdash; then
            _pt_operands+=("$w")
        else
            case $w in
            --) dashdash=true ;;
            --?*=*)
                read -r short long arg <<<"$(_pubtool_option_row "$cmd" "${w%%=*}")"
                [[ -n $arg && $arg != - ]] && _pt_opts+=("$long" "${w#*=}")
                ;;
            --?*)
                read -r short long arg <<<"$(_pubtool_option_row "$cmd" "$w")"
                if [[ -n $arg && $arg != - ]]; then
                    # Plain bash makes "--opt=value" three words.
                    [[ ${words[i + 1]-} == = ]] && i=$((i + 1))
                    i=$((i + 1))
                    if ((i < n && i != cword)); then
                        _pt_opts+=("$long" "${words[i]}")
                    fi
                fi
                ;;
            -?*)
                # A cluster such as -qL: the first letter that takes an
                # argument takes the rest of the word, or the next word.
                rest=${w#-}
                while [[ -n $rest ]]; do
                    read -r short long arg <<<"$(_pubtool_option_row "$cmd" "-${rest:0:1}")"
                    rest=${rest:1}
                    [[ -n $arg && $arg != - ]] || continue
                    if [[ -n $rest ]]; then
                        _pt_opts+=("$long" "$rest")
                    else
                        i=$((i + 1))
                        if ((i < n && i != cword)); then
                            _pt_opts+=("$long" "${words[i]}")
                        fi
                    fi
                    break
                done
                ;;
            *) _pt_operands+=("$w") ;;
            esac
        fi
        i=$((i + 1))
    done
    return 0
}

# Prints the path of the default library, as pubtool finds it when -L is
# not given (src/library.c); nothing when there is none.
_pubtool_default_library()
{
    if [[ -n ${PUBTOOL_LIBRARY-} ]]; then
        printf '%s\n' "$PUBTOOL_LIBRARY"
    elif [[ ${XDG_DATA_HOME-} == /* ]]; then
        printf '%s\n' "$XDG_DATA_HOME/pubtool/library.yaml"
    elif [[ ${HOME-} == /* ]]; then
        printf '%s\n' "$HOME/.local/share/pubtool/library.yaml"
    fi
}

# Appends to the caller's array _pt_args the arguments that make pubtool
# read what the command line reads: its -f, --as-of, -L and -i options,
# -L with the default library when it has none, and, with an argument,
# its operands (as files, after "--").  Uses the caller's _pt_opts and
# _pt_operands, filled by _pubtool_scan.  Returns 1 when there is nothing
# to read.
_pubtool_input_args()
{
    local i w lib=''
    for ((i = 0; i + 1 < ${#_pt_opts[@]}; i += 2)); do
        case ${_pt_opts[i]} in
        --library) lib=$(_pubtool_dequote "${_pt_opts[i + 1]}") ;;
        --input-format | --as-of | --input)
            _pt_args+=("${_pt_opts[i]}" "$(_pubtool_dequote "${_pt_opts[i + 1]}")")
            ;;
        esac
    done
    [[ -n $lib ]] || lib=$(_pubtool_default_library)
    [[ -n $lib ]] || return 1
    _pt_args+=(-L "$lib")
    if [[ -n ${1-} ]] && ((${#_pt_operands[@]})); then
        _pt_args+=(--)
        for w in "${_pt_operands[@]}"; do
            [[ -n $w ]] && _pt_args+=("$(_pubtool_dequote "$w")")
        done
    fi
    return 0
}

# Runs pubtool with arguments "$@" on no input and prints its output, or
# nothing when it fails.
_pubtool_run()
{
    local out
    out=$(pubtool "$@" </dev/null 2>/dev/null) || return 0
    printf '%s\n' "$out"
}

# Reads CSV with a header line and prints field $1 of each record, when
# given only of the records whose first field is $2.  Quoted fields may
# hold commas, doubled quotes and line breaks.
_pubtool_csv_column()
{
    awk -v col="$1" -v only="${2-}" '
        function field(rec, n,    i, c, k, f, q) {
            k = 1; f = ""; q = 0
            for (i = 1; i <= length(rec); i++) {
                c = substr(rec, i, 1)
                if (q) {
                    if (c != "\"") f = f c
                    else if (substr(rec, i + 1, 1) == "\"") { f = f c; i++ }
                    else q = 0
                } else if (c == "\"") q = 1
                else if (c == ",") {
                    if (k == n) return f
                    k++; f = ""
                } else f = f c
            }
            return k == n ? f : ""
        }
        {
            rec = cont ? rec "\n" $0 : $0
            t = $0
            if (gsub(/"/, "", t) % 2) inquote = !inquote
            cont = inquote
            if (cont || ++records == 1) next
            if (only != "" && field(rec, 1) != only) next
            v = field(rec, col)
            sub(/\r$/, "", v)
            if (v != "") print v
        }' 2>/dev/null
}

# Completes a comma list of area codes (filter --area): after the last
# comma, the codes not yet in the list, from `pubtool stats --by area` on
# what the command line reads.
_pubtool_complete_areas()
{
    local -a _pt_opts=() _pt_operands=() _pt_args=()
    local head='' last=$cur code
    if [[ $cur == *,* ]]; then
        head=${cur%,*},
        last=${cur##*,}
    fi
    COMPREPLY=()
    command -v pubtool >/dev/null 2>&1 || return 0
    _pubtool_scan
    _pubtool_input_args files || return 0
    while IFS= read -r code; do
        [[ -n $code && $code == "$last"* ]] || continue
        [[ ,$head == *,"$code",* ]] && continue
        COMPREPLY+=("$head$code")
    done < <(_pubtool_run stats -F csv --csv-raw --by area "${_pt_args[@]}" |
        _pubtool_csv_column 3 area)
    return 0
}

# Completes a citation key (cite operands): the keys of `pubtool cite
# -F csv` on what the command line reads, less those already given.
_pubtool_complete_keys()
{
    local -a _pt_opts=() _pt_operands=() _pt_args=()
    local key
    COMPREPLY=()
    command -v pubtool >/dev/null 2>&1 || return 0
    _pubtool_scan
    _pubtool_input_args || return 0
    while IFS= read -r key; do
        [[ -n $key && $key == "$cur"* ]] || continue
        [[ " ${_pt_operands[*]} " == *" $key "* ]] && continue
        COMPREPLY+=("$key")
    done < <(_pubtool_run cite -F csv --csv-raw "${_pt_args[@]}" |
        _pubtool_csv_column 1)
    return 0
}

# Completes the argument of an option whose ARGUMENT column is $1.
_pubtool_complete_argument()
{
    case $1 in
    '<file>') _pubtool_files ;;
    '<text>') COMPREPLY=() ;;
    '<area>') _pubtool_complete_areas ;;
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
    '<key>') _pubtool_complete_keys ;;
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
