# pubtool-filter(1) EXAMPLES: "When nothing is selected, the exit status
# is 1, as with grep(1):"
#   $ pubtool filter --year 1999 profile/tito.txt > /dev/null
#   $ echo $?
#   1
"$PUBTOOL" filter --year 1999 profile/tito.txt > /dev/null
echo $?
