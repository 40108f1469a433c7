#!/usr/bin/env python3
"""Write a synthetic dblp person page (DBLP XML) of a given size.

Usage:
    dblp.py BYTES FILE

The file is shaped like the XML export of a dblp person page
(https://dblp.org/pid/.../.xml, see fixtures/dblp/yokota.xml): a
dblpperson root, one person element, then one r element per record, each
holding an article or an inproceedings.  Records are written until the
file holds at least BYTES bytes; the root's n attribute, the number of
records, is written last, by seeking back, so FILE must be a regular file.
The file is written as it is made, a few thousand records at a time, and
never held whole.

The records are bench/gen.py's (imported as a module), so that record i
has the title, authors and year of record i of gen.py's profile, BibTeX
and CSV; what gen.py does not give (the rest of a long author list, pages,
volume, DOI) comes from a generator with a fixed seed.  So a given BYTES
always gives the same file.  As in dblp's own export:
  - authors are all listed (gen.py's "et al." becomes 1 to 5 more names),
    each with a pid attribute; the page's owner is the last author of
    every record, with dblp's disambiguation number ("Rio Yokota 0001");
  - titles end with a full stop;
  - the file is US-ASCII, other characters as character references;
  - a record that gen.py gives a journal is a journal article (ee a DOI
    link); the others are, by turns, a conference paper (booktitle, ee a
    DOI link) or a CoRR preprint (publtype "informal", journal CoRR,
    volume abs/ID, ee an arXiv link).
Every record has a title, authors and a four-digit year, so pubtool
reads every one of them.
"""

import os
import random
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402  (bench/gen.py, found through the path above)

SEED = 20241126
OWNER = "Rio Yokota 0001"
OWNER_PID = "98/7654-1"
MDATES = ["2019-05-14", "2020-06-25", "2021-10-12", "2022-08-17",
          "2023-03-30", "2024-01-09", "2024-11-20", "2025-07-02"]

# Conference venues by gen.py's area code: (dblp key part, booktitle).
CONFS = {
    "LG": [("nips", "NeurIPS"), ("icml", "ICML"), ("iclr", "ICLR")],
    "CV": [("cvpr", "CVPR"), ("iccv", "ICCV"), ("eccv", "ECCV")],
    "CL": [("acl", "ACL"), ("emnlp", "EMNLP"), ("naacl", "NAACL-HLT")],
    "NA": [("sc", "SC"), ("ipps", "IPDPS")],
    "DC": [("sc", "SC"), ("ppopp", "PPoPP"), ("hpdc", "HPDC")],
}
CONF_OTHER = [("aaai", "AAAI"), ("ijcai", "IJCAI"), ("kdd", "KDD"),
              ("hpcasia", "HPC Asia")]
# DOI prefixes by dblp key part; others use the ACM's.
DOI_PREFIX = {"cvpr": "10.1109", "iccv": "10.1109", "ipps": "10.1109",
              "acl": "10.18653", "emnlp": "10.18653", "naacl": "10.18653",
              "eccv": "10.1007", "cpc": "10.1016", "jcp": "10.1016",
              "ijcv": "10.1007", "tpami": "10.1109", "ijhpca": "10.1177"}

# How many records go to the file in one write.
CHUNK = 2000


def xml_escape(s):
    """Return S with the characters XML text cannot hold as they are
    escaped (quotes too, so that it also fits in an attribute)."""
    if "&" in s or "<" in s or ">" in s or '"' in s:
        s = (s.replace("&", "&amp;").replace("<", "&lt;")
             .replace(">", "&gt;").replace('"', "&quot;"))
    return s


def pid(name):
    """Return a made-up dblp pid for NAME, the same for every record."""
    h = zlib.crc32(name.encode("utf-8"))
    return "%d/%d" % (h % 300, h // 300 % 10000)


def last_name(name):
    """Return the last word of NAME folded to ASCII letters, capitalised,
    or "X" if nothing is left (a CJK name, for instance)."""
    return gen._ascii_fold(name.split()[-1]).capitalize() or "X"


def letters(i):
    """Return I in base 26 as lower-case letters, for unique keys."""
    s = ""
    while True:
        s = chr(ord("a") + i % 26) + s
        i //= 26
        if i == 0:
            return s


# The three kinds of record, filled in by record().
ARTICLE = ('<r><article key="journals/%s/%s" mdate="%s">\n%s'
           '<title>%s</title>\n<pages>%d-%d</pages>\n<year>%d</year>\n'
           '<volume>%d</volume>\n<journal>%s</journal>\n'
           '<ee>https://doi.org/%s/%s.%d.%06d</ee>\n'
           '<url>db/journals/%s/%s%d.html#%s</url>\n</article>\n</r>\n')
INPROCEEDINGS = ('<r><inproceedings key="conf/%s/%s" mdate="%s">\n%s'
                 '<title>%s</title>\n<pages>%d-%d</pages>\n'
                 '<year>%d</year>\n<booktitle>%s</booktitle>\n'
                 '<ee>https://doi.org/%s/%s%d.%05d</ee>\n'
                 '<url>db/conf/%s/%s%d.html#%s</url>\n'
                 '</inproceedings>\n</r>\n')
CORR = ('<r><article publtype="informal" key="journals/corr/abs-%s" '
        'mdate="%s">\n%s<title>%s</title>\n<year>%d</year>\n'
        '<volume>abs/%s</volume>\n<journal>CoRR</journal>\n'
        '<ee>https://arxiv.org/abs/%s</ee>\n'
        '<url>db/journals/corr/corr%s.html#abs-%s</url>\n</article>\n'
        '</r>\n')
OWNER_XML = '<author pid="%s">%s</author>\n' % (OWNER_PID, OWNER)


def record(r, rng):
    """Return the r element for gen.py's record R, drawing what gen.py
    does not give from RNG."""
    rand = rng.random
    names = list(r.authors)
    if r.et_al:
        names += [gen._name(rng) for _ in range(1 + int(rand() * 5))]
    authors = "".join('<author pid="%s">%s</author>\n' %
                      (pid(a), xml_escape(a)) for a in names) + OWNER_XML
    title = xml_escape(r.title)
    if title[-1] not in ".?!":
        title += "."
    year = r.year or gen.CURRENT_YEAR
    mdate = MDATES[r.idx % len(MDATES)]
    # dblp's keys: the first author's last name, the year (two
    # digits) and letters that tell records apart.
    key = "%s%02d%s" % (last_name(names[0]), year % 100, letters(r.idx))
    page = 1 + int(rand() * 2000)
    last_page = page + 4 + int(rand() * 16)
    number = int(rand() * 10 ** 6)
    if r.journal:
        j = r.journal
        volume = year - 1980
        return ARTICLE % (j, key, mdate, authors, title, page, last_page,
                          year, volume, gen.JOURNAL_NAME[j],
                          DOI_PREFIX.get(j, "10.1145"), j.upper(), year,
                          number, j, j, volume, key)
    if r.idx % 2 == 0:
        venues = CONFS.get(r.area, CONF_OTHER)
        conf, booktitle = venues[int(rand() * len(venues))]
        return INPROCEEDINGS % (conf, key, mdate, authors, title, page,
                                last_page, year, booktitle,
                                DOI_PREFIX.get(conf, "10.1145"),
                                conf.upper(), year, number % 10 ** 5,
                                conf, conf, year, key)
    dashed = r.eprint.replace(".", "-")
    return CORR % (dashed, mdate, authors, title, year, r.eprint,
                   r.eprint, r.eprint[:4], dashed)


def head(n):
    """Return the file's start with N in the root's n attribute, padded
    with spaces inside the tag to a fixed length, so that the count can
    be written over the placeholder once it is known."""
    return ('<?xml version="1.0" encoding="US-ASCII"?>\n'
            '<dblpperson name="%s" pid="%s" %s>\n'
            '<person key="homepages/%s" mdate="2024-03-01">\n'
            '<author pid="%s">%s</author>\n'
            '<note type="affiliation">Tokyo Institute of Technology, Japan'
            '</note>\n'
            '<url>https://www.rio.gsic.titech.ac.jp</url>\n'
            '</person>\n' % (OWNER, OWNER_PID, ('n="%d"' % n).ljust(16),
                             OWNER_PID, OWNER_PID, OWNER))


def write(size, path):
    """Write records to PATH until it holds SIZE bytes; return the number
    of records."""
    rng = random.Random(SEED)
    n = 0
    with open(path, "wb") as f:
        f.write(head(0).encode("ascii"))
        written = f.tell()
        # gen.records(N) makes records lazily; N is only an upper bound
        # (each record is well over one byte), the loop stops at SIZE.
        recs = gen.records(size)
        while written < size:
            chunk = []
            for r in recs:
                chunk.append(record(r, rng))
                n += 1
                if len(chunk) == CHUNK:
                    break
            data = "".join(chunk).encode("ascii", "xmlcharrefreplace")
            # Cut the last chunk at the record that reaches SIZE.
            if written + len(data) >= size:
                end = data.find(b"</r>\n", max(0, size - written - 5)) + 5
                n -= data.count(b"</r>\n", end)
                data = data[:end]
            f.write(data)
            written += len(data)
        f.write(b"</dblpperson>\n")
        f.seek(0)
        f.write(head(n).encode("ascii"))
    return n


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    try:
        size = int(argv[1].replace("_", ""))
    except ValueError:
        sys.stderr.write("dblp.py: BYTES must be an integer\n")
        return 2
    write(size, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
