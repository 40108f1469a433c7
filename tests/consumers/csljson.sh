#!/bin/sh
# Consumer check of the CSL-JSON writer: what `pubtool list -F csljson
# --by none` writes for the seed profile (fixtures/profile/yokota.txt, 50
# records), the second profile with CJK names and title
# (fixtures/profile/tito.txt) and the records of
# fixtures/yaml/citation.yaml (a journal paper, a proceedings paper and a
# preprint, quotes, a backslash, TeX, a two-paragraph abstract):
#
#  - Python's json module reads it: an array of one item per record, in
#    order, with the record's key as id and its title, abstract and
#    number of authors;
#  - `jq .` writes it back byte for byte (the layout is jq's);
#  - pandoc --citeproc renders a document citing every key, with its
#    default style (Chicago author-date): exit status 0, nothing on
#    standard error (a key without an item, or an item it cannot read,
#    is a warning there), and every title in the bibliography.  The style
#    sets titles in title case and in typographic quotes, so titles are
#    compared case-insensitively, after NFC, without quote marks and with
#    white space collapsed.
#
# Run from anywhere after `make pubtool`; PUBTOOL overrides the binary.
# Prints "consumers/ris: N passed, N failed, N skipped" and exits 1 when a
# check failed.  A tool that is not installed skips its checks, with the
# reason printed, and does not change the exit status.
set -u

name=consumers/csljson
# shellcheck source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

why_no_pandoc=
command -v pandoc >/dev/null 2>&1 ||
    why_no_pandoc="pandoc not found (Debian package pandoc)"
why_no_jq=
command -v jq >/dev/null 2>&1 || why_no_jq="jq not found (Debian package jq)"
# check.py json JSON YAML LABEL: the items against the records.
# check.py doc JSON MD: writes a document that cites every item.
# check.py titles JSON TEXT LABEL: every title is in pandoc's output.
# Each check prints "pass WHAT" or "fail WHAT: WHY".
cat >"$tmp/check.py" <<'PY'
import json
import sys
import unicodedata

import yaml


def report(ok, what, why):
    print("pass %s" % what if ok else "fail %s: %s" % (what, why))


def items(jpath):
    with open(jpath, encoding="utf-8") as f:
        return json.load(f)


def check_json(jpath, ypath, label):
    with open(ypath, encoding="utf-8") as f:
        recs = [d for d in yaml.load_all(f, Loader=yaml.BaseLoader)
                if d is not None and "profile" not in d]
    got = items(jpath)
    report([i.get("id") for i in got] == [r["key"] for r in recs],
           "%s: %d items with the records' keys, in order"
           % (label, len(recs)), "got %d" % len(got))
    bad = []
    for i, r in zip(got, recs):
        n = len([a for a in r.get("authors", []) if a.strip()])
        if (i.get("title") != r.get("title") or
                i.get("abstract") != r.get("abstract") or
                len(i.get("author", [])) != n):
            bad.append(r["key"])
    report(not bad, "%s: titles, abstracts and authors as stored" % label,
           ", ".join(bad[:5]))


def write_doc(jpath, mpath):
    with open(mpath, "w", encoding="utf-8") as f:
        for i in items(jpath):
            f.write("Cited [@%s].\n\n" % i["id"])


def plain(s):
    s = unicodedata.normalize("NFC", s).casefold()
    for q in "\"'\u2018\u2019\u201c\u201d":
        s = s.replace(q, "")
    return " ".join(s.split())


def check_titles(jpath, tpath, label):
    with open(tpath, encoding="utf-8") as f:
        text = plain(f.read())
    lost = [i["title"] for i in items(jpath)
            if plain(i.get("title", "")) not in text]
    report(not lost, "%s: pandoc prints every title" % label,
           "%d missing: %r" % (len(lost), lost[:3]))


if sys.argv[1] == "json":
    check_json(*sys.argv[2:5])
elif sys.argv[1] == "doc":
    write_doc(*sys.argv[2:4])
else:
    check_titles(*sys.argv[2:5])
PY

# check_pandoc DIR LABEL: pandoc --citeproc on a document citing every
# item of DIR/out.json.
check_pandoc() {
	if [ -n "$why_no_pandoc" ]; then
		skip "$2: $why_no_pandoc"
		return
	fi
	pandoc --citeproc --bibliography="$1/out.json" --wrap=none \
	    -t plain "$1/doc.md" >"$1/doc.txt" 2>"$1/pandoc.err"
	rc=$?
	if [ "$rc" -ne 0 ] || [ -s "$1/pandoc.err" ]; then
		fail "$2: pandoc exited with status $rc:" \
		    "$(head -n 3 "$1/pandoc.err")"
		return
	fi
	pass
	run_py titles "$1/out.json" "$1/doc.txt" "$2"
}

for input in $INPUTS; do
	stem=$(basename "$input")
	stem=${stem%.*}
	dir=$tmp/$stem
	mkdir "$dir" || exit 1
	if ! "$PUBTOOL" list -F yaml --by none --as-of "$ASOF" "$input" \
	    >"$dir/records.yaml" 2>"$dir/yaml.err" ||
	    ! "$PUBTOOL" list -F csljson --by none --as-of "$ASOF" "$input" \
	    >"$dir/out.json" 2>"$dir/json.err"; then
		fail "$stem: pubtool list failed: $(cat "$dir"/*.err | head -n 1)"
		continue
	fi
	if [ -n "$why_no_jq" ]; then
		skip "$stem: layout: $why_no_jq"
	elif jq . "$dir/out.json" | cmp -s - "$dir/out.json"; then
		pass
	else
		fail "$stem: jq . does not give the output back"
	fi
	if [ -n "$why_no_python" ]; then
		skip "$stem: items and pandoc: $why_no_python"
		continue
	fi
	run_py json "$dir/out.json" "$dir/records.yaml" "$stem"
	run_py doc "$dir/out.json" "$dir/doc.md"
	check_pandoc "$dir" "$stem"
done

summary
[ "$failed" -eq 0 ]
