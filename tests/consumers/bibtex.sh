#!/bin/sh
# Consumer check of the BibTeX writer: what `pubtool list -F bibtex`
# writes for the seed profile (fixtures/profile/yokota.txt, 50 records),
# a second profile with CJK names and title and accents
# (fixtures/profile/tito.txt), and three YAML records written below that
# give @article, @inproceedings and an arXiv preprint with every field,
# goes through its real readers, in UTF-8 and, when list (or cite) has
# --ascii, in ASCII:
#
#  - bibtex with plain.bst: a tiny .aux with \citation{*} and \bibdata;
#    exit status 0, no "Warning--" and no error in the .blg, one \bibitem
#    in the .bbl per record.  `bibtex` is used when it is BibTeX 0.99
#    (TeX Live), else `bibtex.original` (Debian's name for it when
#    `bibtex` is pybtex's).  plain.bst sets titles in sentence case, so
#    the .bbl also shows that brace protection is where it must be and
#    nowhere else: every word with a capital after its first letter (LLM,
#    ViT, LLM-jp) or a one-letter compound part (N-body) keeps its case,
#    every other capitalised word but the first (and one after a colon)
#    is in lower case;
#  - biber --tool --validate-datamodel: exit status 0, no WARN or ERROR
#    line in its output or its .blg, every entry written back;
#  - pandoc -f bibtex -t csljson: exit status 0, nothing on standard
#    error, one entry per record with the record's key, and the record's
#    title as `list -F yaml` gives it.  pandoc too sets titles in sentence
#    case (CSL's convention: "Redundancy-Aware {RLVR}" becomes
#    "Redundancy-aware RLVR") and keeps braced words, so titles are
#    compared case-insensitively, after NFC, with TeX dashes (--, ---) and
#    straight quotes taken as the typographic ones pandoc makes of them and
#    math without its dollars, and the protected words must keep their
#    case.  In UTF-8 every name must be written "Family, Given" (or braced,
#    for a corporate name, or "others") and pandoc must read that family
#    and given name back.  In ASCII, titles with characters that have no
#    TeX spelling (CJK, written {\char"XXXX}, which pandoc does not decode)
#    are left out of the comparison, and the output must hold nothing but
#    ASCII.
#
# Run from anywhere after `make pubtool`; PUBTOOL overrides the binary.
# Prints "consumers/bibtex: N passed, N failed, N skipped" and exits 1
# when a check failed.  A tool that is not installed skips its checks,
# with the reason printed, and does not change the exit status.
set -u

name=consumers/bibtex
. "$(dirname "$0")/lib/common.sh"
INPUTS="fixtures/profile/yokota.txt fixtures/profile/tito.txt"

# Records with what the profiles lack: a journal article, a conference
# paper and a preprint with its arXiv id, with volume, pages, doi and
# url; TeX specials and math in a title and an abstract; a suffix, a
# particle, a family-first name, a corporate author and a CJK name.
cat >"$tmp/synthetic.yaml" <<'EOF'
# Every entry type and field of the BibTeX writer (tests/consumers).
---
key: "yokota2016fast"
title: "Fast Multipole Method as a Matrix-Free Hierarchical Low-Rank
  Approximation"
authors: ["Rio Yokota", "Huda Ibeid", "David Keyes"]
date: "2016-02"
venue: "J. Mach. Learn. Res."
volume: "17"
pages: "1-34"
doi: "10.5555/x_y"
area: "NA"
---
key: "mueller2023segrcdb"
title: "SegRCDB: $O(n\\log n)$ Segmentation & 100% of Things at ~5 #cost_2^k"
authors: ["J\u00f6rg M\u00fcller", "Jos\u00e9 Garc\u00eda",
  "S\u00f8ren \u00d8sterg\u00e5rd", "Martin Luther King Jr.",
  "\u00c9lodie Dupont", "\u6a2a\u7530 \u7406\u592e"]
et_al: true
date: "2023-10-02"
venue: "Proceedings of the IEEE/CVF International Conference on Computer
  Vision (ICCV)"
pages: "1\u201310"
url: "https://example.org/a_b?x=1&y=%7E"
area: "cs.CV"
---
key: "lebronnec2025beyond"
title: "Beyond pass@k: Redundancy-Aware RLVR \u2014 for Multi-Sample Code
  Generation"
authors: ["Le Bronnec Florian", "LLM-jp", "Olivier de la Fontaine"]
date: "2025-05-27"
arxiv: "2505.12345v2"
area: "CL"
code: true
abstract: "We use \\textit{JPlag} and $\u03c4$-bench; 27\\% better.
  Re_lambda=50, 10^7 particles."
EOF

# The real BibTeX: `bibtex` when it is BibTeX 0.99, else bibtex.original.
BIBTEX=
for b in bibtex bibtex.original; do
	if command -v "$b" >/dev/null 2>&1 &&
	    "$b" --version 2>/dev/null | head -n 1 | grep -q '^BibTeX 0\.99'
	then
		BIBTEX=$b
		break
	fi
done
why_no_bibtex=
if [ -z "$BIBTEX" ]; then
	why_no_bibtex="no BibTeX 0.99 found as bibtex or bibtex.original"
	why_no_bibtex="$why_no_bibtex (Debian package texlive-binaries)"
elif ! command -v kpsewhich >/dev/null 2>&1 ||
    [ -z "$(kpsewhich plain.bst 2>/dev/null)" ]; then
	why_no_bibtex="plain.bst not found (Debian package texlive-base)"
fi
why_no_biber=
command -v biber >/dev/null 2>&1 ||
    why_no_biber="biber not found (Debian package biber)"
why_no_pandoc=
command -v pandoc >/dev/null 2>&1 ||
    why_no_pandoc="pandoc not found (Debian package pandoc)"

# How to ask for ASCII: list --ascii, else cite --ascii, else not at all.
ASCII_CMD=
if "$PUBTOOL" list --help 2>&1 | grep -q -e '--ascii'; then
	ASCII_CMD="list -F bibtex --by none --ascii"
elif "$PUBTOOL" cite --help 2>&1 | grep -q -e '--ascii'; then
	ASCII_CMD="cite -F bibtex --ascii"
fi

# The checks that need Python; each prints one line "pass WHAT" or
# "fail WHAT: WHY" per check.
#   check.py bbl BBL YAML LABEL: plain.bst sets titles in sentence case,
#     so in the .bbl every word the writer must protect keeps its case and
#     every other capitalised word (but the first and one after a colon)
#     is in lower case: protection is there, and only there.
#   check.py pandoc JSON YAML BIB LABEL MODE: pandoc's entries against
#     the records (keys, titles) and, in UTF-8, its names against the
#     "Family, Given" that the .bib holds.
cat >"$tmp/check.py" <<'EOF'
import json
import re
import sys
import unicodedata

import yaml


def report(ok, what, why):
    print("pass %s" % what if ok else "fail %s: %s" % (what, why))


def typographic(s):
    """NFC, with TeX dashes and straight quotes as pandoc writes them, and
    no $ (pandoc writes math without its dollars)."""
    s = unicodedata.normalize("NFC", s).replace("$", "")
    for a, b in (("---", "\u2014"), ("--", "\u2013"), ("'", "\u2019"),
                 ("\u2018", "\u2019"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return " ".join(s.split())


def core(tok):
    """A word without the punctuation around it."""
    return tok.strip("()[]:;,.!?\"'\u2019")


def needs_protection(word):
    """As needs_protection() in src/bibtex_write.c."""
    parts = re.split(r"[-/]", word)
    return len(word) > 0 and (
        any(any(c.isupper() for c in p[1:]) for p in parts) or
        (len(parts) > 1 and any(len(p) == 1 and p.isupper() for p in parts)))


def records(ypath):
    with open(ypath, encoding="utf-8") as f:
        docs = [d for d in yaml.load_all(f, Loader=yaml.BaseLoader)
                if d is not None and "profile" not in d]
    return {d["key"]: d for d in docs}


def check_bbl(bbl, ypath, label):
    want = records(ypath)
    with open(bbl, encoding="utf-8", errors="replace") as f:
        text = f.read()
    items = {}
    for chunk in text.split("\\bibitem{")[1:]:
        key, _, body = chunk.partition("}")
        body = body.split("\n\n")[0].replace("\\newblock", " ")
        items[key] = " ".join(body.replace("{", "").replace("}", "")
                              .replace("~", " ").split())
    lost, kept, n = [], [], 0
    for key, doc in want.items():
        body = items.get(key)
        if body is None:
            lost.append("%s: not in the .bbl" % key)
            continue
        prev = None
        for i, tok in enumerate(doc.get("title", "").split()):
            w = core(tok)
            after_colon = prev is not None and prev.endswith(":")
            prev = tok
            if not re.fullmatch(r"[A-Za-z0-9/()-]+", w):
                continue
            if needs_protection(w):
                n += 1
                if w not in body:
                    lost.append("%s: %r" % (key, w))
            elif i > 0 and not after_colon and w[:1].isupper():
                if w.lower() not in body:
                    kept.append("%s: %r" % (key, w))
    report(not lost, "%s: bibtex keeps the case of %d protected words"
           % (label, n), "lost in " + "; ".join(lost[:3]))
    report(not kept, "%s: bibtex sets other words in lower case" % label,
           "still capitalised: " + "; ".join(kept[:3]))


def bib_names(bpath):
    """The names of each entry's author field, as the writer wrote them."""
    names, key = {}, None
    with open(bpath, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"@\w+\{(.*),$", line)
            if m:
                key = m.group(1)
            m = re.match(r"  author = \{(.*)\},$", line)
            if m is None or key is None:
                continue
            v, parts, cur, depth, i = m.group(1), [], "", 0, 0
            while i < len(v):
                if depth == 0 and v.startswith(" and ", i):
                    parts.append(cur)
                    cur = ""
                    i += 5
                    continue
                depth += {"{": 1, "}": -1}.get(v[i], 0)
                cur += v[i]
                i += 1
            parts.append(cur)
            names[key] = parts
    return names


def family_of(a):
    """A CSL name's family name with its particles."""
    return " ".join(x for x in (a.get("dropping-particle"),
                                a.get("non-dropping-particle"),
                                a.get("family")) if x)


def check_pandoc(jpath, ypath, bpath, label, mode):
    want = records(ypath)
    with open(jpath, encoding="utf-8") as f:
        got = {e.get("id"): e for e in json.load(f)}
    report(sorted(got) == sorted(want),
           "%s: pandoc reads %d entries with the records' keys"
           % (label, len(want)),
           "got %d: %r" % (len(got), sorted(set(got) ^ set(want))[:5]))
    diffs, cased, left_out = [], [], 0
    for key, doc in want.items():
        title, e = doc.get("title", ""), got.get(key)
        if e is None:
            continue
        if mode == "ascii" and any(ord(c) >= 0x2E80 for c in title):
            left_out += 1
            continue
        mine, theirs = typographic(title), typographic(e.get("title", ""))
        if mine.casefold() != theirs.casefold():
            diffs.append("%s: %r, not %r" % (key, theirs, mine))
            continue
        for w in map(core, mine.split()):
            if needs_protection(w) and w not in theirs:
                cased.append("%s: %r lost its case in %r" % (key, w, theirs))
    report(not diffs, "%s: %d titles read back the same%s" % (
           label, len(want) - left_out,
           " (%d with CJK left out)" % left_out if left_out else ""),
           "%d differ: %s" % (len(diffs), "; ".join(diffs[:3])))
    report(not cased, "%s: pandoc keeps the case of protected words" % label,
           "; ".join(cased[:3]))
    if mode != "utf8":
        return
    bad = []
    for key, parts in bib_names(bpath).items():
        doc, e = want.get(key, {}), got.get(key, {})
        n = len(doc.get("authors", [])) + (doc.get("et_al") == "true")
        theirs = e.get("author", [])
        if len(parts) != n or len(theirs) != n:
            bad.append("%s: %d names written, %d read, %d in the record"
                       % (key, len(parts), len(theirs), n))
            continue
        for part, a in zip(parts, theirs):
            if part == "others" or (part.startswith("{") and
                                    part.endswith("}")):
                if a.get("literal") != part.strip("{}"):
                    bad.append("%s: %r read as %r" % (key, part, a))
                continue
            fields = [x.strip() for x in part.split(",")]
            if len(fields) < 2:
                bad.append("%s: %r is not Family, Given" % (key, part))
            elif (family_of(a), a.get("given")) != (fields[0], fields[-1]):
                bad.append("%s: %r read as %r" % (key, part, a))
    report(not bad, "%s: pandoc reads every name as Family, Given" % label,
           "; ".join(bad[:3]))


if sys.argv[1] == "bbl":
    check_bbl(*sys.argv[2:5])
else:
    check_pandoc(*sys.argv[2:7])
EOF


# bibtex_said BLG: the first lines of what BibTeX reported, between the
# database files it read and its statistics.
bibtex_said() {
	sed -n '/^Database file/,/^You.ve used/p' "$1" |
	    grep -v -e '^Database file' -e '^You.ve used' | head -n 3
}

# check_bibtex DIR STEM LABEL N YAML: bibtex with plain.bst on
# DIR/STEM.bib, then the case protection in the .bbl it writes.
check_bibtex() {
	if [ -n "$why_no_bibtex" ]; then
		skip "$3: bibtex: $why_no_bibtex"
		return
	fi
	printf '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{%s}\n' \
	    "$2" >"$1/$2.aux"
	(cd "$1" && "$BIBTEX" "$2") >"$1/$2.bibtex.out" 2>&1
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$3: $BIBTEX exited with status $rc:" \
		    "$(bibtex_said "$1/$2.blg")"
		return
	fi
	if grep -q -e 'Warning--' -e 'error message' -e '---line' \
	    "$1/$2.blg"; then
		fail "$3: $BIBTEX complained: $(bibtex_said "$1/$2.blg")"
		return
	fi
	n=$(grep -c '^\\bibitem' "$1/$2.bbl")
	if [ "$n" -ne "$4" ]; then
		fail "$3: $BIBTEX wrote $n \\bibitem, not $4"
		return
	fi
	pass
	if [ -n "$why_no_python" ]; then
		skip "$3: case protection in the .bbl: $why_no_python"
		return
	fi
	run_py bbl "$1/$2.bbl" "$5" "$3"
}

# A warning or error in biber's output ("WARN - ...") or its .blg
# ("[12] Biber.pm:345> WARN - ...").
BIBER_BAD='(^|> )(WARN|ERROR) - '

# check_biber DIR STEM LABEL N: biber in tool mode on DIR/STEM.bib.
check_biber() {
	if [ -n "$why_no_biber" ]; then
		skip "$3: biber: $why_no_biber"
		return
	fi
	(cd "$1" && biber --tool --validate-datamodel \
	    --output-file="$2.biber.bib" "$2.bib") >"$1/$2.biber.out" 2>&1
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$3: biber exited with status $rc:" \
		    "$(grep -E "$BIBER_BAD" "$1/$2.biber.out" | head -n 3)"
		return
	fi
	if cat "$1/$2.biber.out" "$1/$2.bib.blg" 2>/dev/null |
	    grep -q -E "$BIBER_BAD"; then
		fail "$3: biber complained:" "$(cat "$1/$2.biber.out" \
		    "$1/$2.bib.blg" | grep -E "$BIBER_BAD" | head -n 3)"
		return
	fi
	n=$(grep -c '^@' "$1/$2.biber.bib")
	if [ "$n" -ne "$4" ]; then
		fail "$3: biber wrote back $n entries, not $4"
		return
	fi
	pass
}

# check_pandoc DIR STEM LABEL MODE YAML: pandoc reads DIR/STEM.bib.
check_pandoc() {
	if [ -n "$why_no_pandoc" ]; then
		skip "$3: pandoc: $why_no_pandoc"
		return
	fi
	pandoc -f bibtex -t csljson "$1/$2.bib" >"$1/$2.json" \
	    2>"$1/$2.pandoc.err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$3: pandoc exited with status $rc:" \
		    "$(head -n 3 "$1/$2.pandoc.err")"
		return
	fi
	if [ -s "$1/$2.pandoc.err" ]; then
		fail "$3: pandoc complained: $(head -n 3 "$1/$2.pandoc.err")"
		return
	fi
	pass
	if [ -n "$why_no_python" ]; then
		skip "$3: pandoc titles: $why_no_python"
		return
	fi
	run_py pandoc "$1/$2.json" "$5" "$1/$2.bib" "$3" "$4"
}

for input in $INPUTS "$tmp/synthetic.yaml"; do
	stem=$(basename "$input")
	stem=${stem%.*}
	dir=$tmp/$stem
	mkdir "$dir" || exit 1
	if ! "$PUBTOOL" list -F yaml --by none --as-of "$ASOF" "$input" \
	    >"$dir/records.yaml" 2>"$dir/yaml.err"; then
		fail "$stem: list -F yaml failed: $(head -n 1 "$dir/yaml.err")"
		continue
	fi
	nrec=$(grep -c '^key:' "$dir/records.yaml")
	for mode in utf8 ascii; do
		label="$stem ($mode)"
		out=$stem-$mode
		if [ "$mode" = utf8 ]; then
			cmd="list -F bibtex --by none"
		elif [ -n "$ASCII_CMD" ]; then
			cmd=$ASCII_CMD
		else
			skip "$label: neither list nor cite has --ascii"
			continue
		fi
		# shellcheck disable=SC2086
		if ! "$PUBTOOL" $cmd --as-of "$ASOF" "$input" \
		    >"$dir/$out.bib" 2>"$dir/$out.err"; then
			fail "$label: pubtool $cmd failed:" \
			    "$(head -n 1 "$dir/$out.err")"
			continue
		fi
		n=$(grep -c '^@' "$dir/$out.bib")
		if [ "$n" -ne "$nrec" ]; then
			fail "$label: $n entries for $nrec records"
			continue
		fi
		pass
		if [ "$mode" = ascii ]; then
			if LC_ALL=C grep -q '[^ -~]' "$dir/$out.bib"; then
				fail "$label: output is not all ASCII:" \
				    "$(LC_ALL=C grep -n '[^ -~]' \
				    "$dir/$out.bib" | head -n 1)"
			else
				pass
			fi
		fi
		check_bibtex "$dir" "$out" "$label" "$nrec" \
		    "$dir/records.yaml"
		check_biber "$dir" "$out" "$label" "$nrec"
		check_pandoc "$dir" "$out" "$label" "$mode" "$dir/records.yaml"
	done
done

summary
[ "$failed" -eq 0 ]
