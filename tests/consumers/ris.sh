#!/bin/sh
# Consumer check of the RIS writer: what `pubtool list -F ris --by none`
# writes for the seed profile (fixtures/profile/yokota.txt, 50 records),
# the second profile with CJK names and title
# (fixtures/profile/tito.txt) and the records of
# fixtures/yaml/citation.yaml (a journal paper, a proceedings paper and a
# preprint, a suffix, particles, a corporate author) is read back by
# bibutils' ris2xml:
#
#  - every line of the RIS ends with CR LF, every reference starts with
#    TY and ends with ER, one per record;
#  - ris2xml exits 0 and says nothing but "Processed N references" with N
#    the number of records;
#  - in its MODS XML there is one <mods> per record, with the record's key
#    as its ID, the record's title (bibutils splits a title at its first
#    colon into title and subTitle, which are joined again), and, for
#    every author the record has, in order, a name whose family and given
#    parts are those of the AU line (the name as written for a corporate
#    author, a suffix as a suffix part; bibutils drops the full stops of
#    initials, so they are left out of the comparison).
#
# Run from anywhere after `make pubtool`; PUBTOOL overrides the binary.
# Prints "consumers/ris: N passed, N failed, N skipped" and exits 1 when a
# check failed.  A tool that is not installed skips its checks, with the
# reason printed, and does not change the exit status.
set -u

name=consumers/ris
# shellcheck source=lib/common.sh
. "$(dirname "$0")/lib/common.sh"

why_no_ris2xml=
command -v ris2xml >/dev/null 2>&1 ||
    why_no_ris2xml="ris2xml not found (Debian package bibutils)"
# check.py RIS XML YAML LABEL: the MODS that ris2xml made of RIS against
# the records in YAML; prints "pass WHAT" or "fail WHAT: WHY" per check.
cat >"$tmp/check.py" <<'PY'
import sys
import xml.etree.ElementTree as ET

import yaml

M = "{http://www.loc.gov/mods/v3}"


def report(ok, what, why):
    print("pass %s" % what if ok else "fail %s: %s" % (what, why))


def ris_authors(path):
    """The AU values of each reference, by its ID."""
    refs, cur, key = {}, [], None
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\r\n"):
            tag, value = line[:2], line[6:]
            if tag == "TY":
                cur, key = [], None
            elif tag == "ID":
                key = value
            elif tag == "AU":
                cur.append(value)
            elif tag == "ER":
                refs[key] = cur
    return refs


def want_name(au):
    """The family, given and suffix parts bibutils should read from AU."""
    if ", " not in au:
        return (None, None, None, au)
    family, given = au.split(", ", 1)
    suffix = None
    for s in ("Jr.", "Sr.", "III", "II", "IV"):
        if given.endswith(" " + s):
            given, suffix = given[:-len(s) - 1], s
    return (family, initials(given), suffix, None)


def initials(given):
    """Given names without the full stops bibutils drops ("L. A.")."""
    return None if given is None else " ".join(given.replace(".", " ")
                                               .split())


def got_name(el):
    parts = {"family": [], "given": [], "suffix": [], None: []}
    for p in el.findall(M + "namePart"):
        parts.setdefault(p.get("type"), []).append(p.text or "")
    j = lambda k: " ".join(parts[k]) or None
    return (j("family"), initials(j("given")), j("suffix"), j(None))


def main(ris, xml, ypath, label):
    with open(ypath, encoding="utf-8") as f:
        recs = [d for d in yaml.load_all(f, Loader=yaml.BaseLoader)
                if d is not None and "profile" not in d]
    mods = {m.get("ID"): m for m in ET.parse(xml).getroot()
            .findall(M + "mods")}
    report(sorted(mods) == sorted(r["key"] for r in recs),
           "%s: ris2xml reads %d references with the records' keys"
           % (label, len(recs)), "got %d" % len(mods))
    aus = ris_authors(ris)
    titles, names, n = [], [], 0
    for r in recs:
        m = mods.get(r["key"])
        if m is None:
            continue
        ti = m.find(M + "titleInfo")
        got = ti.findtext(M + "title") or ""
        if ti.find(M + "subTitle") is not None:
            got += ": " + ti.findtext(M + "subTitle")
        if " ".join(got.split()) != " ".join(r["title"].split()):
            titles.append("%s: %r, not %r" % (r["key"], got, r["title"]))
        authors = [a for a in r.get("authors", []) if a.strip()]
        got = [got_name(e) for e in m.findall(M + "name")]
        want = [want_name(a) for a in aus.get(r["key"], [])]
        n += len(authors)
        if len(want) != len(authors) or got != want:
            names.append("%s: %r, not %r" % (r["key"], got, want))
    report(not titles, "%s: every title read back" % label,
           "; ".join(titles[:3]))
    report(not names, "%s: all %d authors read back, each part in place"
           % (label, n), "; ".join(names[:2]))


main(*sys.argv[1:5])
PY

for input in $INPUTS; do
	stem=$(basename "$input")
	stem=${stem%.*}
	dir=$tmp/$stem
	mkdir "$dir" || exit 1
	if ! "$PUBTOOL" list -F yaml --by none --as-of "$ASOF" "$input" \
	    >"$dir/records.yaml" 2>"$dir/yaml.err" ||
	    ! "$PUBTOOL" list -F ris --by none --as-of "$ASOF" "$input" \
	    >"$dir/out.ris" 2>"$dir/ris.err"; then
		fail "$stem: pubtool list failed: $(cat "$dir"/*.err | head -n 1)"
		continue
	fi
	nrec=$(grep -c '^key:' "$dir/records.yaml")
	lines=$(wc -l <"$dir/out.ris")
	crlf=$(grep -c "$(printf '\r')\$" "$dir/out.ris")
	nty=$(grep -c '^TY  - ' "$dir/out.ris")
	ner=$(grep -c "^ER  - $(printf '\r')\$" "$dir/out.ris")
	if [ "$lines" -ne "$crlf" ] || [ "$nty" -ne "$nrec" ] ||
	    [ "$ner" -ne "$nrec" ]; then
		fail "$stem: $crlf of $lines lines end in CR LF; $nty TY and" \
		    "$ner ER for $nrec records"
	else
		pass
	fi
	if [ -n "$why_no_ris2xml" ]; then
		skip "$stem: $why_no_ris2xml"
		continue
	fi
	ris2xml "$dir/out.ris" >"$dir/out.xml" 2>"$dir/ris2xml.err"
	rc=$?
	said=$(cat "$dir/ris2xml.err")
	if [ "$rc" -ne 0 ] ||
	    [ "$said" != "ris2xml: Processed $nrec references." ]; then
		fail "$stem: ris2xml exited with status $rc: $said"
		continue
	fi
	pass
	if [ -n "$why_no_python" ]; then
		skip "$stem: MODS against the records: $why_no_python"
		continue
	fi
	run_py "$dir/out.ris" "$dir/out.xml" "$dir/records.yaml" "$stem"
done

summary
[ "$failed" -eq 0 ]
