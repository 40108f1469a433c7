# pubtool(1) EXAMPLES: "A file that cannot be opened is reported, the
# other inputs are still read, and the exit status is 4:"
#   $ pubtool list --as-of 2026-11-26 profile/tito.txt missing.txt
#   ...
#   pubtool: missing.txt: cannot open: No such file or directory
#   $ echo $?
#   4
"$PUBTOOL" list --as-of 2026-11-26 profile/tito.txt missing.txt
echo $?
