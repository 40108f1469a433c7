#!/bin/sh
# Consumer check of the CSV writer: Python's csv module reads what
# `pubtool list -F csv` writes for the seed profile, a second profile and
# a YAML file of formula-like strings, and every field is compared with
# the record as `pubtool import -o -` writes it in YAML, parsed by PyYAML
# (BaseLoader, so that every scalar stays the text pubtool wrote).
#
# Checked on the default output: the header row, the number of rows,
# CRLF after every row (and nowhere else outside quotes), no byte order
# mark, 18 fields a row, every field equal to the record's, with exactly
# one "'" in front of a text cell that starts with = + - @ TAB CR or LF
# (after any "'"), numeric columns never so prefixed, and at least as
# many neutralised cells as the input has triggers.  When list has
# --csv-raw and --bom, the raw output must give back every field
# unchanged, and --bom must add only the mark.
#
# Run from anywhere after `make pubtool`; PUBTOOL overrides the binary.
# Prints "consumers/csv: N passed, N failed, N skipped" and exits 1 when
# a check failed; without python3 or PyYAML everything is skipped, with
# the reason printed, and the exit status is 0.
set -u

name=consumers/csv
. "$(dirname "$0")/lib/common.sh"

if [ -n "$why_no_python" ]; then
	skip "$why_no_python"
	summary
	exit 0
fi

# Records whose strings start with the formula triggers pubtool can
# store (text_check() refuses CR), with commas, quotes and line breaks.
cat >"$tmp/formula.yaml" <<'EOF'
# Strings a spreadsheet would run as formulas, for tests/consumers/csv.sh.
---
key: "able2020one"
title: "=1+1 Considered Harmful"
authors: ["-Minus Person", "Ann Able"]
area: "NA"
date: "2020-01-02"
score: 3.5
abstract: "+plus first, \"quoted\" later,\nand a second line"
venue: "@venue"
pages: "-5"
sources: ["=src"]
---
key: "able2021grams"
title: "-Grams: A Title That Starts with a Dash"
authors: ["Ann Able"]
orgs: ["=org", "plain org"]
area: "cs.CL"
date: "2021"
code: true
doi: "+10.1000/182"
volume: "=2"
---
key: "able2022mention"
title: "@mention, With a Comma"
authors: ["Ann Able"]
et_al: true
date: "2022-03"
abstract: "\tstarts with a tab"
url: "=HYPERLINK(\"http://example.com\",\"x\")"
---
key: "able2023plain"
title: "'=Quoted Already, \"Quoted\" Title with a - Dash Inside"
authors: ["Able, Ann", "山田 花子"]
area: "LG"
date: "2023-12-31"
score: 10
arxiv: "1010.1010"
EOF

cat >"$tmp/check.py" <<'EOF'
"""Compares a CSV file from pubtool with the YAML records it came from.

usage: check.py CSV YAML ROWS MODE LABEL GUARDED; MODE is default or raw,
GUARDED the least number of cells the default mode must neutralise.
Prints one line per check: "pass LABEL: what" or "fail LABEL: what: why".
"""
import csv
import io
import re
import sys

import yaml

COLUMNS = ["key", "title", "authors", "et_al", "orgs", "area", "date",
           "year", "code", "score", "abstract", "arxiv", "doi", "venue",
           "url", "pages", "volume", "sources"]
LISTS = {"authors", "orgs", "sources"}
FLAGS = {"et_al", "code"}
NUMBERS = {"year", "score"}
TRIGGERS = "=+-@\t\r\n"

path, ypath, nrows, mode, label, least = sys.argv[1:7]
nrows = int(nrows)
least = int(least)
raw = mode == "raw"


def report(ok, what, why=""):
    if ok:
        print("pass %s: %s" % (label, what))
    else:
        print("fail %s: %s: %s" % (label, what, why))


def crlf_only(data):
    """Is every line break outside quotes a CRLF, the last one included?"""
    quoted = False
    for i, c in enumerate(data):
        if c == ord('"'):
            quoted = not quoted
        elif quoted:
            continue
        elif c == ord("\n") and (i == 0 or data[i - 1] != ord("\r")):
            return "bare LF at byte %d" % i
        elif c == ord("\r") and data[i + 1:i + 2] != b"\n":
            return "bare CR at byte %d" % i
    if quoted:
        return "unterminated quotes"
    if not data.endswith(b"\r\n"):
        return "last row not ended by CRLF"
    return ""


def expected(doc, col, guard):
    """The cell pubtool writes for column col of record doc."""
    if col in LISTS:
        v = "; ".join(doc.get(col, []))
    elif col in FLAGS:
        v = doc.get(col, "false")
    elif col == "year":
        v = doc.get("date", "")[:4]
    else:
        v = doc.get(col, "")
    if guard and col not in NUMBERS and col not in FLAGS and \
            re.match("'*[" + re.escape(TRIGGERS) + "]", v):
        v = "'" + v
    return v


with open(path, "rb") as f:
    data = f.read()
with open(ypath, encoding="utf-8") as f:
    docs = [d for d in yaml.load_all(f, Loader=yaml.BaseLoader)
            if d is not None and "profile" not in d]
recs = {d["key"]: d for d in docs}

report(not data.startswith(b"\xef\xbb\xbf"), "no byte order mark",
       "starts with one")
why = crlf_only(data)
report(why == "", "rows end with CRLF", why)
try:
    text = data.decode("utf-8")
except UnicodeDecodeError as e:
    report(False, "UTF-8", str(e))
    sys.exit(0)
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
report(rows[:1] == [COLUMNS], "header row",
       "got %r" % (rows[:1],))
body = rows[1:]
report(len(body) == nrows, "%d data rows" % nrows, "got %d" % len(body))
bad = [r for r in body if len(r) != len(COLUMNS)]
report(not bad, "%d fields a row" % len(COLUMNS),
       "%d rows differ, first %r" % (len(bad), bad[:1]))
keys = [r[0] for r in body if r]
report(sorted(keys) == sorted(recs), "one row per record",
       "rows %r, records %r" % (sorted(keys), sorted(recs)))

diffs = []
guarded = 0
for r in body:
    doc = recs.get(r[0])
    if doc is None or len(r) != len(COLUMNS):
        continue
    for col, got in zip(COLUMNS, r):
        want = expected(doc, col, not raw)
        if got != want:
            diffs.append("%s.%s: %r, not %r" % (r[0], col, got, want))
        elif got != expected(doc, col, False):
            guarded += 1
report(not diffs, "every field equals the YAML record",
       "%d differ: %s" % (len(diffs), "; ".join(diffs[:5])))
numeric = [r[0] for r in body if len(r) == len(COLUMNS) and
           any(r[COLUMNS.index(c)][:1] == "'" for c in NUMBERS)]
report(not numeric, "numeric columns never neutralised",
       "in %r" % numeric[:5])
if not raw:
    report(guarded >= least, "at least %d cells neutralised" % least,
           "only %d" % guarded)
EOF

# run_check LABEL ROWS MODE CSV YAML [GUARDED]: checks CSV against YAML
# and counts the results.
run_check() {
	python3 "$tmp/check.py" "$4" "$5" "$2" "$3" "$1" "${6:-0}" \
	    >"$tmp/result" 2>&1 || {
		fail "$1: check.py failed: $(tail -n 1 "$tmp/result")"
		return
	}
	while IFS= read -r line; do
		case $line in
		pass\ *)
			pass
			;;
		fail\ *)
			fail "${line#fail }"
			;;
		esac
	done <"$tmp/result"
}

# run_pubtool ARGS...: runs pubtool, stdout to $tmp/out, and checks that it
# exited 0; returns non-zero (after counting a failure) when it did not.
run_pubtool() {
	"$PUBTOOL" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		fail "pubtool $*: exit $rc: $(head -n 1 "$tmp/err")"
		return 1
	fi
	pass
	return 0
}

# The option names list knows, to skip what it does not have yet.
has_option() {
	"$PUBTOOL" list --help 2>/dev/null | grep -q -e "$1"
}

# Each input with its number of records and of cells to neutralise.
for input in fixtures/profile/yokota.txt:50:0 \
    fixtures/profile/tito.txt:8:0 "$tmp/formula.yaml:4:14"; do
	file=${input%%:*}
	rows=${input#*:}
	guarded=${rows#*:}
	rows=${rows%:*}
	label=$(basename "$file")
	run_pubtool import -o - --as-of "$ASOF" "$file" || continue
	mv "$tmp/out" "$tmp/records.yaml"
	run_pubtool list -F csv --by none --as-of "$ASOF" "$file" || continue
	mv "$tmp/out" "$tmp/default.csv"
	run_check "$label" "$rows" default "$tmp/default.csv" \
	    "$tmp/records.yaml" "$guarded"

	if has_option --csv-raw; then
		if run_pubtool list -F csv --csv-raw --by none --as-of "$ASOF" \
		    "$file"; then
			mv "$tmp/out" "$tmp/raw.csv"
			run_check "$label --csv-raw" "$rows" raw \
			    "$tmp/raw.csv" "$tmp/records.yaml"
		fi
	else
		skip "$label: list has no --csv-raw (raw round trip is" \
		    "in the unit tests)"
	fi

	if has_option --bom; then
		if run_pubtool list -F csv --bom --by none --as-of "$ASOF" \
		    "$file"; then
			printf '\357\273\277' >"$tmp/want"
			cat "$tmp/default.csv" >>"$tmp/want"
			if cmp -s "$tmp/want" "$tmp/out"; then
				pass
			else
				fail "$label --bom: not the mark followed by" \
				    "the default output"
			fi
		fi
	else
		skip "$label: list has no --bom"
	fi
done

summary
[ "$failed" -eq 0 ]
