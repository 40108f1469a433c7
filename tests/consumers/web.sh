#!/bin/sh
# Consumer check of the web listings, `pubtool list -F html` and
# `pubtool list -F markdown`, on the fixtures: two profiles, an arXiv
# feed, a spreadsheet CSV with a DOI and an arXiv link, a .bib written by
# others, records dated at every precision and fixtures/yaml/web.yaml,
# whose titles and names are full of Markdown and HTML metacharacters,
# CJK and right-to-left text; each with --by area, year, area,year and
# none (Markdown with area,year and none).
#
#  - HTML: HTML Tidy (5.x, with HTML5 support) run as `tidy -q -e` must
#    report no error and no warning, on the document, on the fragment of
#    --fragment put inside a minimal document, and on `filter -F html`.
#  - Markdown: pandoc renders it as GitHub Flavored Markdown (gfm) and
#    as pandoc's own Markdown (without the smart extension, which would
#    only change quotes and dashes) with no message on standard error.
#  - In each HTML, pubtool's or pandoc's, every record's title and every
#    author name (as `list -F csv --csv-raw` gives them) must be present
#    in the text, and there must be no element but those the listing
#    makes: a title that injected <script>, emphasis, code, math, a
#    citation or an emoji would show up as one.
#
# Run from anywhere after `make pubtool`; PUBTOOL overrides the binary.
# Prints "consumers/web: N passed, N failed, N skipped" and exits 1 when
# a check failed.  Without tidy, pandoc or python3 their checks are
# skipped, with the reason printed, and the exit status is 0.
set -u

name=consumers/web
. "$(dirname "$0")/lib/common.sh"
INPUTS="fixtures/profile/yokota.txt fixtures/profile/tito.txt
fixtures/atom/yokota.xml fixtures/csv/spreadsheet.csv
fixtures/bibtex/others.bib fixtures/yaml/precision.yaml
fixtures/yaml/web.yaml"

# The elements pubtool's HTML may hold, and pandoc's HTML of the Markdown.
HTML_TAGS=html,head,meta,title,style,body,h1,section,h2,h3,ul,li,time,cite,a,span
MD_TAGS=h2,h3,ul,li,a,em,p

has_python=false
if command -v python3 >/dev/null 2>&1; then
	has_python=true
else
	skip "python3 not found: titles and elements are not checked"
fi
has_tidy=false
if command -v tidy >/dev/null 2>&1 &&
    tidy -v 2>/dev/null | grep -q 'version [5-9]'; then
	has_tidy=true
else
	skip "HTML Tidy 5 not found (Debian package tidy): HTML not validated"
fi
has_pandoc=false
if command -v pandoc >/dev/null 2>&1; then
	has_pandoc=true
else
	skip "pandoc not found: Markdown not rendered"
fi

cat >"$tmp/check.py" <<'PY'
"""Checks an HTML rendering of a listing against the records' CSV.

usage: check.py HTML CSV TAGS LABEL; TAGS is a comma list of the
elements allowed.  Prints "pass LABEL: what" or "fail LABEL: what: why".
"""
import csv
import html.parser
import re
import sys

path, cpath, tags, label = sys.argv[1:5]
allowed = set(tags.split(","))


class Collector(html.parser.HTMLParser):
    """Collects the text outside <style> and <title>, and the tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.tags = set()
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in ("style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if self.skip == 0:
            self.text.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def report(ok, what, why=""):
    if ok:
        print("pass %s: %s" % (label, what))
    else:
        print("fail %s: %s: %s" % (label, what, why))


with open(path, encoding="utf-8") as f:
    p = Collector()
    p.feed(f.read())
    p.close()
text = norm(" ".join(p.text))
with open(cpath, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
missing = [r["title"] for r in rows if norm(r["title"]) not in text]
report(not missing, "every title in the text",
       "%d missing, first %r" % (len(missing), missing[:1]))
names = [a for r in rows for a in r["authors"].split("; ") if a]
missing = [a for a in names if norm(a) not in text]
report(not missing, "every author in the text",
       "%d missing, first %r" % (len(missing), missing[:1]))
extra = sorted(p.tags - allowed)
report(not extra, "no element but " + tags, "found %s" % extra)
PY

# run_check LABEL HTML TAGS: checks HTML against $tmp/records.csv.
run_check() {
	$has_python || return 0
	python3 "$tmp/check.py" "$2" "$tmp/records.csv" "$3" "$1" \
	    >"$tmp/result" 2>&1 || {
		fail "$1: check.py failed: $(tail -n 1 "$tmp/result")"
		return
	}
	while IFS= read -r line; do
		case $line in
		pass\ *) pass ;;
		fail\ *) fail "${line#fail }" ;;
		esac
	done <"$tmp/result"
}

# run_pubtool OUT ARGS...: runs pubtool with stdout to OUT, and checks
# that it exited 0 (warnings aside); non-zero (after a failure) if not.
run_pubtool() {
	out=$1
	shift
	if "$PUBTOOL" "$@" >"$out" 2>"$tmp/err"; then
		pass
		return 0
	fi
	fail "pubtool $*: exit $?: $(head -n 1 "$tmp/err")"
	return 1
}

# run_tidy LABEL FILE: tidy must neither complain nor fail.
run_tidy() {
	$has_tidy || return 0
	tidy -q -e "$2" >"$tmp/tidy" 2>&1
	rc=$?
	if [ $rc -eq 0 ] && [ ! -s "$tmp/tidy" ]; then
		pass
	else
		fail "$1: tidy exit $rc: $(head -n 3 "$tmp/tidy")"
	fi
}

# run_pandoc LABEL FROM FILE: renders Markdown FILE to $tmp/md.html.
run_pandoc() {
	if pandoc -f "$2" -t html "$3" >"$tmp/md.html" 2>"$tmp/pandoc.err" &&
	    [ ! -s "$tmp/pandoc.err" ]; then
		pass
		return 0
	fi
	fail "$1: pandoc -f $2: $(head -n 1 "$tmp/pandoc.err")"
	return 1
}

# check_html FILE LABEL: the document, its fragment and filter's output.
check_html() {
	run_pubtool "$tmp/doc.html" list -F html --by "$by" --as-of "$ASOF" \
	    "$1" || return
	run_tidy "$2" "$tmp/doc.html"
	run_check "$2" "$tmp/doc.html" "$HTML_TAGS"
	run_pubtool "$tmp/frag.html" list -F html --fragment --by "$by" \
	    --as-of "$ASOF" "$1" || return
	{
		printf '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
		printf '<meta charset="utf-8">\n<title>t</title>\n'
		printf '</head>\n<body>\n'
		cat "$tmp/frag.html"
		printf '</body>\n</html>\n'
	} >"$tmp/wrapped.html"
	run_tidy "$2 --fragment" "$tmp/wrapped.html"
}

# check_markdown FILE LABEL: pandoc's two readers.
check_markdown() {
	$has_pandoc || return 0
	run_pubtool "$tmp/list.md" list -F markdown --by "$by" \
	    --as-of "$ASOF" "$1" || return
	for from in gfm markdown-smart; do
		run_pandoc "$2" "$from" "$tmp/list.md" || continue
		run_check "$2 -F markdown ($from)" "$tmp/md.html" "$MD_TAGS"
	done
}

for file in $INPUTS; do
	label=$(basename "$file")
	run_pubtool "$tmp/records.csv" list -F csv --csv-raw --by none \
	    --as-of "$ASOF" "$file" || continue
	for by in area year area,year none; do
		check_html "$file" "$label --by $by"
	done
	# pandoc is slow to start: the two layouts of headings suffice.
	for by in area,year none; do
		check_markdown "$file" "$label --by $by"
	done
	if run_pubtool "$tmp/filter.html" filter --since 2000 -F html \
	    --as-of "$ASOF" "$file"; then
		run_tidy "$label filter" "$tmp/filter.html"
	fi
done

summary
[ "$failed" -eq 0 ]
