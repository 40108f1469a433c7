# The same with -F csv, whose output is small enough to sit in a buffer.
"$PUBTOOL" stats -F csv --by area profile/tito.txt >/dev/full
