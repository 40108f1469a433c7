# Dates written out in English in a CSV date column (pubtool-records(5),
# CSV): month names in full, abbreviated, with a dot; day first or month
# first; "May 2" takes its year from the as-of date.  Impossible or
# half-written dates are errors at their cell.
{
	echo 'title,date'
	for d in "May 2, 2018" "2 May 2018" "Sept. 3 2020" "december 31 1999" \
	    "May 2018" "May 27" "Dec 24" "Feb 29, 2024" "Feb 29, 2023" "May" \
	    "May 2, 18" "13 2018" "Mayo 2, 2018" "May 2, 2018, 2019"; do
		printf '"T %s","%s"\n' "$d" "$d"
	done
} >"$TMP/dates.csv"
"$PUBTOOL" import -o - --as-of 2026-11-26 "$TMP/dates.csv" |
    grep '^date:'
