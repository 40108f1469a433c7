# fields.awk: the awk peer for pubtool's profile -> CSV path.  Pulls the
# score, area, date, code marker, title and authors out of each record of a
# profile dump and prints them as CSV, quoting every text cell; it checks
# nothing else (no dates resolved, no UTF-8 validated, no names split).
#
# usage: awk -f fields.awk PROFILE

BEGIN {
	months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
	head = "^([0-9]+(\\.[0-9]+)?)?[A-Z][A-Z](" months ") [0-9]+(, [0-9][0-9][0-9][0-9])?(Code)?$"
	print "score,area,date,code,title,authors"
	state = 0
}

function csv(s) {
	gsub(/"/, "\"\"", s)
	return "\"" s "\""
}

# A record header: [score]AREAMon D[, YYYY][Code].
state == 0 && $0 ~ head {
	line = $0
	code = sub(/Code$/, "", line)
	match(line, /^[0-9.]*/)
	score = substr(line, 1, RLENGTH)
	line = substr(line, RLENGTH + 1)
	area = substr(line, 1, 2)
	date = substr(line, 3)
	state = 1
	next
}

state == 1 {
	title = $0
	state = 2
	next
}

state == 2 && $0 != "" {
	authors = $0
	sub(/ · .*$/, "", authors)
	print score "," area "," csv(date) "," code "," csv(title) "," \
	    csv(authors)
	state = 0
}
