#!/usr/bin/env python3
"""Benchmark pubtool against its floors and its peers; write bench/RESULTS.md.

Run by `make bench` (through bench/run.sh), which builds pubtool, the two
floor programs and bench/cpu_pair first.  Standard library only.

Every figure is the median of BENCH_RUNS hyperfine runs (at least 5 unless
overridden) after one warm-up run.  The warm-up run is made here,
under a time limit, with wait4(2) so that it also gives the exit status,
the user time and the peak RSS (ru_maxrss) of the command; hyperfine then
runs the command BENCH_RUNS times with --shell=none and its JSON gives the
times (whose median is the figure) and the mean user time.

The commands a target compares (a group's "interleave": pubtool and its
floor or peer at the same size, only at 10k for BibTeX, where its target
compares them; pubtool and `true` at start-up) are timed interleaved
instead, so that a slow phase of the machine, which can last
seconds, hits both sides alike: after each one's warm-up run, BENCH_RUNS
rounds, each one hyperfine call of one run for every command in turn
(pubtool first), with one untimed run before it in that call if the
command's warm-up run took under ROUND_WARM seconds (so that a short
timed run does not come right after hyperfine starts).  Their ratio
is the median over the rounds of the ratio of the two runs of a round,
which were made moments apart (start-up: the median of the differences).

A command is skipped at a size, with the reason in the table, when
  - its tool is not installed;
  - it was skipped or stopped at a smaller size;
  - its time at the smaller sizes, grown to this size, is over BENCH_LIMIT
    seconds for one run: t(N) = t(S) * (N/S)^k, where S is the largest size
    measured and k the growth exponent between the last two sizes measured,
    clamped to [1, 2]; with one size measured, k is 1 for pubtool and the
    floors, which should be linear, and 2 for peers, several of which are
    quadratic or worse (bibtool);
  - it is a peer and its warm-up and runs together, so estimated, would
    take over BENCH_PEER_COST seconds: a peer's figures past the smallest
    sizes show how it grows, which a costly command does not need to be
    run at every size to show;
  - its warm-up run is still running after BENCH_LIMIT seconds (peers) or
    3 * BENCH_LIMIT seconds (pubtool and the floors): it is stopped;
  - its runs (the estimate above, or the warm-up run's time) would not fit
    in what is left of BENCH_BUDGET seconds for the whole run, or the
    inputs of its size could not be made in it.  pubtool, the floors and
    the peers a target compares pubtool with run first, at every size
    from small to large, each group in the order of group_specs(), the
    most important path first; then pubtool on the DBLP files, smallest
    first; then the other peers the same way; so when the budget runs
    out, what goes is peers at the largest sizes.

Environment (all optional):
  BENCH_SIZES   record counts of gen.py's inputs, default
                "10000 30000 100000 1000000" (30k: where the peers that
                are too slow at 100k are measured a second time)
  BENCH_RUNS    timed runs per command, default 5
  BENCH_LIMIT   seconds one run of a command may take, default 60
  BENCH_PEER_COST  seconds a peer's warm-up and runs at one size may take
                beyond the smallest size, default 60
  BENCH_BUDGET  seconds for the whole run, default 870 (14.5 minutes: what
                is left of 15 is for the last command to end)
  BENCH_START   when the run started (seconds since the epoch), so that the
                build counts against the budget; default now
  BENCH_DATA    scratch directory for inputs, default bench/data
  BENCH_OUT     the Markdown report, default bench/RESULTS.md
  BENCH_GEN     the input generator, default bench/gen.py
  BENCH_DBLP_MB sizes of the DBLP files (dblp person pages made by
                bench/dblp.py), in MB (10^6 bytes), default "10 100 1000"
  PUBTOOL       the pubtool binary, default ./pubtool

usage: bench.py [--report]   (--report: rewrite the Markdown from the last
                              run's bench/data/results.json only)
"""

import datetime
import hashlib
import json
import math
import operator
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")

# The "today" every pubtool command resolves year-less dates against, so
# that the work done does not depend on the day of the run.
AS_OF = "2026-11-26"
FIXTURE = os.path.join(ROOT, "fixtures", "profile", "yokota.txt")


def env_int(name, default):
    """Return the integer in environment variable NAME, or DEFAULT."""
    value = os.environ.get(name, "").strip()
    if value == "":
        return default
    try:
        return int(value.replace("_", ""))
    except ValueError:
        sys.exit("bench: %s: not an integer: '%s'" % (name, value))


SIZES = [int(s.replace("_", "")) for s in
         os.environ.get("BENCH_SIZES",
                        "10000 30000 100000 1000000").split()]
RUNS = env_int("BENCH_RUNS", 5)
ROUND_SPREAD = 1.15  # rounds whose ratios lie further apart than this
#                    (a slow phase of the machine in some of them) are
#                    followed by as many again, so that the median sees
#                    more of the fast phases
ROUND_WARM = 1.0   # seconds: a command timed in rounds whose warm-up run
                   # took less gets an untimed run before each timed one
LIMIT = env_int("BENCH_LIMIT", 60)
PEER_COST = env_int("BENCH_PEER_COST", 60)
BUDGET = env_int("BENCH_BUDGET", 870)
START = float(os.environ.get("BENCH_START") or time.time())
DATA = os.path.abspath(os.environ.get("BENCH_DATA") or
                       os.path.join(BENCH, "data"))
OUT = os.path.abspath(os.environ.get("BENCH_OUT") or
                      os.path.join(BENCH, "RESULTS.md"))
GEN = os.path.abspath(os.environ.get("BENCH_GEN") or
                      os.path.join(BENCH, "gen.py"))
DBLP_GEN = os.path.join(BENCH, "dblp.py")
DBLP_MB = sorted(int(s.replace("_", "")) for s in
                 os.environ.get("BENCH_DBLP_MB", "10 100 1000").split())
PUBTOOL = os.path.abspath(os.environ.get("PUBTOOL") or
                          os.path.join(ROOT, "pubtool"))
SPLIT_LINES = os.path.join(BENCH, "split_lines")
YAML_WALK = os.path.join(BENCH, "yaml_walk")
CPU_PAIR = os.path.join(BENCH, "cpu_pair")
FIELDS_AWK = os.path.join(BENCH, "fields.awk")
RESULTS_JSON = os.path.join(DATA, "results.json")


def log(msg):
    """Print a progress line with the time since the start."""
    print("bench [%4.0f s] %s" % (time.time() - START, msg), flush=True)


def first_line(argv, stdin=None):
    """Return the first non-empty line a command prints, or None."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                           timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip()
    return None


def find_pybtex():
    """Return the argv prefix that runs pybtex-convert, or None.

    Debian's python3-pybtex ships the module without the pybtex-convert
    script, so fall back to `python3 -m pybtex.database.convert` with
    whichever python3 can import it."""
    if shutil.which("pybtex-convert"):
        return ["pybtex-convert"]
    for py in ("/usr/bin/python3", "python3"):
        if shutil.which(py) is None:
            continue
        if subprocess.run([py, "-c", "import pybtex"],
                          stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0:
            return [py, "-m", "pybtex.database.convert"]
    return None


PYBTEX = find_pybtex()
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


# ---------------------------------------------------------------------------
# What is measured.  kind: "pubtool" (the path measured), "floor" (a lower
# bound for the same input) or "peer" (another tool doing similar work).
# A group's "interleave": the labels of the commands a target compares,
# pubtool's first, which are timed together in rounds (see Bench.time());
# with "interleave_at", only at those sizes (elsewhere the peer is timed
# with the other peers, after the DBLP files, where the budget may drop it).

def interleaved(group, n):
    """The labels of GROUP's commands timed in rounds at size N."""
    at = group.get("interleave_at")
    return group.get("interleave", []) if at is None or n in at else []


def group_specs(files):
    """Return the sized benchmark groups for the input FILES of one size,
    the most important first: that is the order they run in, and the
    order the time budget spares them."""
    prof, bib, csv, yml = (files["profile"], files["bibtex"], files["csv"],
                           files["yaml"])
    asof = ["--as-of", AS_OF]
    bibtool_note = "output to /dev/null"
    pyb = PYBTEX or ["pybtex-convert"]
    return [
        {"id": "profile-csv", "title": "Profile to CSV", "input": "profile",
         "what": "profile text in, CSV out",
         "interleave": ["pubtool filter -F csv", "awk fields.awk"],
         "cmds": [
             ("pubtool", "pubtool filter -F csv",
              [PUBTOOL, "filter", "-F", "csv"] + asof + [prof], ""),
             ("floor", "split_lines", [SPLIT_LINES, prof], "C floor"),
             ("floor", "cat", ["cat", prof], ""),
             ("floor", "wc -l", ["wc", "-l", prof], ""),
             ("peer", "awk fields.awk", ["awk", "-f", FIELDS_AWK, prof],
              "title, authors, date, area, score, code; no checks"),
         ]},
        {"id": "profile-yaml", "title": "Profile to YAML (import -o -)",
         "input": "profile", "what": "profile text in, pubtool YAML out",
         "cmds": [
             ("pubtool", "pubtool import -o -",
              [PUBTOOL, "import", "-q", "-o", "-"] + asof + [prof], ""),
             ("floor", "split_lines", [SPLIT_LINES, prof], "C floor"),
         ]},
        {"id": "yaml", "title": "YAML to YAML", "input": "yaml",
         "what": "pubtool YAML in (made by import -o -), YAML out",
         "interleave": ["pubtool filter", "yaml_walk"],
         "cmds": [
             ("pubtool", "pubtool filter",
              [PUBTOOL, "filter"] + asof + [yml], ""),
             ("floor", "yaml_walk", [YAML_WALK, yml],
              "libyaml parser events only"),
             ("floor", "cat", ["cat", yml], ""),
         ]},
        {"id": "bibtex", "title": "BibTeX read + write", "input": "bibtex",
         "what": "BibTeX in, BibTeX (or another format) out",
         "interleave": ["pubtool cite -F bibtex", "bibtool"],
         "interleave_at": [10000],      # where the target compares them
         # pubtool's medians here, alone where bibtool is not timed with
         # it, also give the growth target's ratios between sizes.
         "steady": "pubtool cite -F bibtex",
         "cmds": [
             ("pubtool", "pubtool cite -F bibtex",
              [PUBTOOL, "cite", "-F", "bibtex"] + asof + ["-i", bib], ""),
             ("floor", "split_lines", [SPLIT_LINES, bib], "C floor"),
             ("floor", "cat", ["cat", bib], ""),
             ("peer", "bibtool", ["bibtool", "-i", bib, "-o", "/dev/null"],
              bibtool_note),
             ("peer", "bibtool -s (sort)",
              ["bibtool", "-s", "-i", bib, "-o", "/dev/null"], bibtool_note),
             ("peer", "bibtool select year 2020",
              ["bibtool", "--", 'select{year "2020"}', "-i", bib,
               "-o", "/dev/null"], bibtool_note + "; writes ~5% of entries"),
             ("peer", "bib2xml", ["bib2xml", bib], "BibTeX to MODS XML"),
             ("peer", "pybtex-convert",
              pyb + ["-f", "bibtex", "-t", "bibtex", bib, "/dev/null"],
              "BibTeX to BibTeX"),
             ("peer", "pandoc", ["pandoc", "-f", "bibtex", "-t", "csljson",
                                 bib], "BibTeX to CSL JSON"),
         ]},
        {"id": "csv-yaml", "title": "CSV to YAML (import -o -)",
         "input": "csv", "what": "gen.py CSV in, pubtool YAML out",
         "cmds": [
             ("pubtool", "pubtool import -o -",
              [PUBTOOL, "import", "-q", "-o", "-"] + asof + [csv], ""),
             ("floor", "split_lines", [SPLIT_LINES, csv], "C floor"),
         ]},
        # list and stats hold records before they print: what counts is
        # their peak RSS against the size of the input.
        {"id": "grouping", "title": "Grouping commands", "input": "profile",
         "inputs": {"pubtool list (YAML)": "yaml"}, "table": "memory",
         "what": "list and stats, which gather the records before they "
                 "print, on the profile text (and list on the pubtool "
                 "YAML made from it); RSS ÷ input is the peak RSS over the "
                 "input file's size",
         "cmds": [
             ("pubtool", "pubtool list", [PUBTOOL, "list"] + asof + [prof],
              "profile"),
             ("pubtool", "pubtool stats",
              [PUBTOOL, "stats"] + asof + [prof], "profile"),
             ("pubtool", "pubtool list (YAML)",
              [PUBTOOL, "list"] + asof + [yml], ""),
         ]},
    ]


def command_input(group, label):
    """Return which input (a key of input_files()) command LABEL of GROUP
    reads: the group's, unless the group names another for it."""
    return group.get("inputs", {}).get(label, group["input"])


def runs_for(n):
    """Return how many timed runs a command gets at size N (None:
    start-up, which is short and gets at least 20)."""
    if n is None:
        return max(RUNS, 20)
    return RUNS


DBLP_READER = "pubtool cite -F text -f dblp"
DBLP_KEYED = "pubtool filter -F csv -f dblp"
DBLP_BIG = 1000     # MB: the file the DBLP target judges


def dblp_specs(path):
    """Return the DBLP group for the DBLP file at PATH."""
    return {"id": "dblp", "title": "DBLP XML", "input": "dblp",
            "table": "dblp",
            "what": "a dblp person page (bench/dblp.py: gen.py's records "
                    "as DBLP XML) in, at each file size: references out "
                    "(cite -F text: the reader and a writer that holds "
                    "nothing, so peak RSS should not grow with the file), "
                    "and CSV out (filter -F csv: every record also gets a "
                    "key unique in the run, which costs a hash of about 6 "
                    "bytes a record; below 1000 MB only)",
            "cmds": [
                ("pubtool", DBLP_READER,
                 [PUBTOOL, "cite", "-F", "text", "-f", "dblp", "--as-of",
                  AS_OF, "-i", path], ""),
                ("pubtool", DBLP_KEYED,
                 [PUBTOOL, "filter", "-F", "csv", "-f", "dblp", "--as-of",
                  AS_OF, path], ""),
            ]}


def startup_specs(tiny_bib):
    """Return the start-up group: tiny inputs, so process start dominates."""
    pyb = PYBTEX or ["pybtex-convert"]
    return {"id": "startup", "title": "Start-up", "input": None,
            "what": "tiny inputs: the cost of starting the program",
            "interleave": ["pubtool --version", "pubtool list (50 records)",
                           "true"],
            "cmds": [
                ("pubtool", "pubtool --version", [PUBTOOL, "--version"], ""),
                ("pubtool", "pubtool list (50 records)",
                 [PUBTOOL, "list", "--as-of", AS_OF, FIXTURE],
                 "fixtures/profile/yokota.txt"),
                ("floor", "true", ["true"], ""),
                ("peer", "bibtool (3 records)",
                 ["bibtool", "-i", tiny_bib, "-o", "/dev/null"], ""),
                ("peer", "pandoc --version", ["pandoc", "--version"], ""),
                ("peer", "pybtex-convert (3 records)",
                 pyb + ["-f", "bibtex", "-t", "bibtex", tiny_bib,
                        "/dev/null"], ""),
            ]}


def versions():
    """Return (name, version line) for pubtool, every peer and the tools."""
    pyb = PYBTEX or ["pybtex-convert"]
    rows = [
        ("pubtool", [PUBTOOL, "--version"]),
        ("bibtool", ["bibtool", "-V"]),
        ("bib2xml (bibutils)", ["bib2xml", "--version"]),
        ("pybtex-convert", pyb + ["--version"]),
        ("pandoc", ["pandoc", "--version"]),
        ("awk", ["awk", "-W", "version"]),
        ("cat, wc", ["cat", "--version"]),
        ("hyperfine", ["hyperfine", "--version"]),
        ("python3 (harness)", [sys.executable, "--version"]),
        ("libyaml", ["pkg-config", "--modversion", "yaml-0.1"]),
        ("cc", ["cc", "--version"]),
    ]
    out = []
    for name, argv in rows:
        line = first_line(argv) if shutil.which(argv[0]) else None
        if name == "pybtex-convert" and PYBTEX and line:
            line += " (run as `%s`)" % " ".join(PYBTEX)
        out.append((name, line or "not found"))
    return out


def cpu_pair():
    """Return how many times one thread's time two threads of the same
    work took at once (bench/cpu_pair): about 1 on two real cores, up to
    2 where the two CPUs share one; None if it failed."""
    p = subprocess.run([CPU_PAIR, "5"], stdout=subprocess.PIPE,
                       stdin=subprocess.DEVNULL)
    try:
        one, two = (float(x) for x in p.stdout.split())
    except ValueError:
        return None
    return two / one if p.returncode == 0 and one > 0 else None


def machine():
    """Return a dict describing the machine and its load."""
    info = {"nproc": os.cpu_count(), "cpu": "unknown", "ram": "unknown",
            "kernel": os.uname().release, "load_start": os.getloadavg(),
            "pair_start": cpu_pair()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    kb = int(line.split()[1])
                    info["ram"] = "%.1f GiB" % (kb / 1024 / 1024)
                    break
    except OSError:
        pass
    if shutil.which("nproc"):
        n = first_line(["nproc"])
        if n and n.isdigit():
            info["nproc"] = int(n)
    return info


# ---------------------------------------------------------------------------
# Inputs.

def digest(paths):
    """Return the SHA-256 of the files PATHS (a generator and what it
    imports), which names their outputs."""
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def drop_stale(stamp_name, want, prefix):
    """Delete the files of DATA named PREFIX* unless the stamp file
    STAMP_NAME holds WANT, the digest of their generator; then write
    WANT to it."""
    stamp = os.path.join(DATA, stamp_name)
    old = None
    if os.path.exists(stamp):
        with open(stamp) as f:
            old = f.read().strip()
    if old != want:
        for name in os.listdir(DATA):
            if name.startswith(prefix):
                os.unlink(os.path.join(DATA, name))
        with open(stamp, "w") as f:
            f.write(want + "\n")


def prepare_data():
    """Create DATA; drop inputs made by another version of their
    generator (dblp.py makes the DBLP files from bench/gen.py's records,
    whatever BENCH_GEN says)."""
    os.makedirs(DATA, exist_ok=True)
    drop_stale("gen.sha256", digest([GEN]), "in-")
    drop_stale("dblp.sha256", digest([DBLP_GEN,
                                      os.path.join(BENCH, "gen.py")]),
               "dblp-")


def input_files(n):
    """Return the paths of the inputs with N records."""
    return {"profile": os.path.join(DATA, "in-%d.txt" % n),
            "bibtex": os.path.join(DATA, "in-%d.bib" % n),
            "csv": os.path.join(DATA, "in-%d.csv" % n),
            "yaml": os.path.join(DATA, "yaml-%d.yaml" % n)}


def generate(n):
    """Make the inputs with N records, reusing those already made; return
    the seconds spent and an error string or None."""
    t0 = time.time()
    files = input_files(n)
    procs = []
    for fmt in ("profile", "bibtex", "csv"):
        path = files[fmt]
        if os.path.exists(path):
            continue
        out = open(path + ".tmp", "wb")
        procs.append((path, out, subprocess.Popen(
            [sys.executable, GEN, fmt, str(n)], stdout=out)))
    err = None
    for path, out, p in procs:
        rc = p.wait()
        out.close()
        if rc != 0:
            err = "gen.py failed (exit %d) making %s" % (rc, path)
            os.unlink(path + ".tmp")
        else:
            os.rename(path + ".tmp", path)
    if err:
        return time.time() - t0, err
    # pubtool's YAML comes from this pubtool, so it is always made again.
    p = subprocess.run([PUBTOOL, "import", "-q", "-o", files["yaml"],
                        "--as-of", AS_OF, files["profile"]],
                       stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    if p.returncode != 0:
        msg = p.stderr.decode("utf-8", "replace").splitlines()
        err = "pubtool import -o failed (exit %d): %s" % (
            p.returncode, msg[0] if msg else "")
    return time.time() - t0, err


def dblp_file(mb):
    """Return the path of the DBLP file of MB megabytes."""
    return os.path.join(DATA, "dblp-%d.xml" % mb)


def dblp_records(path):
    """Return the number of records in the DBLP file at PATH, which
    dblp.py writes in the root's n attribute, or None."""
    with open(path, "rb") as f:
        m = re.search(rb'<dblpperson [^>]*\bn="([0-9]+)"', f.read(1024))
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------------------
# Running.

def warmup(argv, limit, errpath):
    """Run ARGV once with stdout discarded and stderr to ERRPATH; stop it
    after LIMIT seconds.  Return a dict: rc, wall, user, sys, rss_kb,
    stopped.

    The resources come from /usr/bin/time, a small program, so that the
    peak RSS is the command's own; wait4(2) from here would count the
    harness's forked image in it.  Without /usr/bin/time, wait4 it is."""
    timefile = os.path.join(DATA, "time.txt")
    if TIME:
        argv = [TIME, "-f", "%x %e %U %S %M", "-o", timefile] + argv
    t0 = time.time()
    with open(errpath, "wb") as err:
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err,
                             stdin=subprocess.DEVNULL,
                             start_new_session=True)
        stopped = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.time() - t0 > limit:
                os.killpg(p.pid, signal.SIGKILL)
                pid, status, ru = os.wait4(p.pid, 0)
                stopped = True
                break
            time.sleep(0.002 if time.time() - t0 < 0.1 else 0.05)
    p.returncode = 0  # reaped by wait4; keep Popen from waiting again
    w = {"rc": os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1,
         "wall": time.time() - t0, "user": ru.ru_utime, "sys": ru.ru_stime,
         "rss_kb": ru.ru_maxrss, "stopped": stopped}
    if TIME and not stopped:
        with open(timefile) as f:
            fields = f.read().split("\n")
        last = [x for x in fields if x.strip()][-1].split()
        w.update({"rc": int(last[0]), "user": float(last[2]),
                  "sys": float(last[3]), "rss_kb": int(last[4])})
    return w


def stderr_summary(errpath):
    """Return (number of stderr lines, counts of errors, the first error
    or, if there is none, the first line)."""
    lines = errors = 0
    first = first_line = None
    with open(errpath, "rb") as f:
        for raw in f:
            lines += 1
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if first_line is None:
                first_line = line
            if ": error:" in line or "ERROR" in line:
                errors += 1
                if first is None:
                    first = line
    return lines, errors, first or first_line


def hyperfine(argv, runs, extra_warmup, style="basic"):
    """Time ARGV with hyperfine; return its JSON result or None."""
    fd, jpath = tempfile.mkstemp(suffix=".json", dir=DATA)
    os.close(fd)
    cmd = ["hyperfine", "--shell=none", "--ignore-failure", "--style",
           style, "--runs", str(runs), "--warmup", str(extra_warmup),
           "--export-json", jpath, shlex.join(argv)]
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL)
        if p.returncode != 0:
            return None
        with open(jpath) as f:
            return json.load(f)["results"][0]
    finally:
        os.unlink(jpath)


class Bench:
    """The results of one run, and the rules that decide skips."""

    def __init__(self, meta):
        self.meta = meta
        self.results = []      # one dict per (group, command, size)
        self.gen_rate = None   # seconds per record to make a size's inputs
        self.dblp_rate = None  # seconds per MB to make a DBLP file
        self.ready = {}        # size: None, or why its inputs are missing

    def previous(self, gid, label, n):
        """Return the results of a command at the sizes below N, largest
        last."""
        rows = [r for r in self.results if r["group"] == gid and
                r["label"] == label and r["size"] is not None and
                r["size"] < n]
        return sorted(rows, key=lambda r: r["size"])

    def estimate(self, gid, kind, label, n):
        """Return (seconds for one run at N, how it was found) from the
        smaller sizes, or (None, None) if there is nothing to go on."""
        done = [r for r in self.previous(gid, label, n)
                if r.get("median") is not None]
        if not done:
            return None, None
        last = done[-1]
        k = 2.0 if kind == "peer" else 1.0
        if len(done) >= 2:
            a, b = done[-2], done[-1]
            if a["median"] > 0 and b["size"] > a["size"]:
                k = math.log(b["median"] / a["median"]) / \
                    math.log(b["size"] / a["size"])
                k = min(2.0, max(1.0, k))
        est = last["median"] * (n / last["size"]) ** k
        how = "%.1f s at %s" % (last["median"], fmt_size(gid, last["size"]))
        if len(done) == 1 and k != 1.0:
            how += ", taken to grow as N^%.0f" % k
        elif k != 1.0:
            how += ", growing as N^%.2f" % k
        return est, how

    def skip_reason(self, gid, kind, label, n):
        """Return (why a command is not run at N, kind of skip), or
        (None, None) to run it."""
        for r in self.previous(gid, label, n):
            if r.get("skip_kind") in ("limit", "missing", "budget"):
                return r["skip"], "earlier"
        est, how = self.estimate(gid, kind, label, n)
        if est is None:
            # Nothing to go on: a warm-up run, unless no time is left.
            return budget_reason(0)
        at = fmt_size(gid, n)
        if est > LIMIT:
            return ("skipped (> %d s at %s: %.0f s estimated from %s)" %
                    (LIMIT, at, est, how)), "limit"
        need = est * (runs_for(n) + 1)
        if kind == "peer" and need > PEER_COST:
            return ("skipped (peer cost > %d s at %s: %.0f s for warm-up "
                    "and runs, from %s)" % (PEER_COST, at, need, how)), \
                "limit"
        return budget_reason(need)

    def run(self, group, cmds, n, records=None):
        """Measure the commands CMDS of GROUP at size N (None for
        start-up) and record them.  Each of CMDS is (kind, label, argv,
        note, nbytes): NBYTES is the size of its input, which has RECORDS
        records (given if N is not the number of records).  Those that
        the group names in "interleave" are timed first, together in
        rounds; then the others one by one, in their order."""
        rows = []
        for kind, label, argv, note, nbytes in cmds:
            row = {"group": group["id"], "kind": kind, "label": label,
                   "argv": argv, "note": note, "size": n, "bytes": nbytes}
            if records is not None:
                row["records"] = records
            self.results.append(row)
            rows.append(row)
        together = interleaved(group, n)
        batches = [[r for r in rows if r["label"] in together]] + \
            [[r] for r in rows if r["label"] not in together]
        for batch in batches:
            ready = [r for r in batch if self.prepare(group, r)]
            if ready:
                self.time(group, ready)
                self.save()

    def prepare(self, group, row):
        """Decide whether to time the command of ROW, and make its warm-up
        run; return True to time it, else False with the reason in ROW."""
        kind, label, argv, n = row["kind"], row["label"], row["argv"], \
            row["size"]
        at = fmt_size(group["id"], n)
        if shutil.which(argv[0]) is None:
            row["skip"] = "skipped (%s not installed)" % argv[0]
            row["skip_kind"] = "missing"
            log("%s: %s" % (label, row["skip"]))
            return False
        if n is not None:
            reason, why = self.skip_reason(group["id"], kind, label, n)
            if reason:
                row["skip"], row["skip_kind"] = reason, why
                log("%s at %s: %s" % (label, at, reason))
                return False
        limit = LIMIT if kind == "peer" else 3 * LIMIT
        errpath = os.path.join(DATA, "stderr.txt")
        log("%s%s: warm-up" % (label, "" if n is None else
                               " at " + at))
        w = warmup(argv, limit, errpath)
        row["warmup"] = w
        row["stderr_lines"], row["errors"], row["first_error"] = \
            stderr_summary(errpath)
        if w["stopped"]:
            row["skip"] = ("skipped (> %d s at %s: warm-up stopped)" %
                           (limit, at))
            row["skip_kind"] = "limit"
            log(row["skip"])
            return False
        reason, why = budget_reason(w["wall"] * runs_for(n))
        if reason and n is not None:
            row["skip"], row["skip_kind"] = reason + " after warm-up", why
            log(row["skip"])
            return False
        return True

    def time(self, group, rows):
        """Time the commands of ROWS with hyperfine and record their
        figures.  One command: one hyperfine call of runs_for() runs.
        Several: as many rounds, each one call of one run for every
        command in turn, so that the runs of a round, made moments apart,
        can be compared (compare()); a command whose warm-up run took
        under ROUND_WARM seconds gets one untimed run first in each call."""
        n = rows[0]["size"]
        runs = runs_for(n)
        calls = {r["label"]: [] for r in rows}   # hyperfine's results
        if len(rows) == 1:
            r = rows[0]
            calls[r["label"]].append(
                hyperfine(r["argv"], runs, 0 if n is not None else 3))
            # A slow phase in some of the runs of a command whose median
            # a target sets against another size's: as many runs again.
            h = calls[r["label"]][0]
            spread = max(h["times"]) / min(h["times"]) \
                if h and min(h["times"]) > 0 else None
            if r["label"] == group.get("steady") and spread and \
                    spread > ROUND_SPREAD:
                reason, _ = budget_reason(runs * r["warmup"]["wall"])
                log("runs %.2f× apart: %s" % (
                    spread, reason or "%d runs more" % runs))
                if reason is None:
                    calls[r["label"]].append(hyperfine(r["argv"], runs, 0))
                    r["more_rounds"] = spread
        else:
            pair = [cpu_pair()]
            log("%s: %d rounds of one run each (two threads at %s one's "
                "time)" % (", ".join(r["label"] for r in rows), runs,
                           fmt_pair(pair[0])))
            self.rounds(rows, calls, runs)
            spread = round_spread(rows, calls)
            if spread is not None and spread > ROUND_SPREAD:
                reason, _ = budget_reason(runs * sum(
                    r["warmup"]["wall"] for r in rows))
                log("ratios of the rounds %.2f× apart: %s" % (
                    spread, reason or "%d rounds more" % runs))
                if reason is None:
                    self.rounds(rows, calls, runs)
                    for r in rows:
                        r["more_rounds"] = spread
            pair.append(cpu_pair())
            for r in rows:
                r["pair"] = pair
        for r in rows:
            hs = calls[r["label"]]
            if None in hs:
                r["skip"] = "hyperfine failed"
                r["skip_kind"] = "error"
                continue
            times = [t for h in hs for t in h["times"]]
            r.update({"median": statistics.median(times),
                      "mean": statistics.fmean(times),
                      "stddev": statistics.stdev(times)
                      if len(times) > 1 else None,
                      "min": min(times), "max": max(times),
                      "user": sum(h["user"] * len(h["times"])
                                  for h in hs) / len(times),
                      "system": sum(h["system"] * len(h["times"])
                                    for h in hs) / len(times),
                      "times": times, "runs": len(times),
                      "rc": r["warmup"]["rc"],
                      "rss_kb": r["warmup"]["rss_kb"]})
            if len(rows) > 1:
                r["interleaved"] = True

    def rounds(self, rows, calls, k):
        """Time K rounds of the commands of ROWS, adding hyperfine's
        results to CALLS."""
        for _ in range(k):
            for r in rows:
                if None in calls[r["label"]]:
                    continue
                warm = 1 if r["warmup"]["wall"] < ROUND_WARM else 0
                calls[r["label"]].append(
                    hyperfine(r["argv"], 1, warm, style="none"))
            log("round %d: %s" % (len(calls[rows[0]["label"]]), ", ".join(
                fmt_t(calls[r["label"]][-1]["times"][0])
                if calls[r["label"]][-1] else "failed" for r in rows)))

    def save(self):
        """Write the raw results so that --report can render them again."""
        save({"meta": self.meta, "results": self.results})


def more_rounds_text(results):
    """Say which commands got more rounds in RESULTS, and why."""
    more = ["%s%s (%.2f× apart)" % (
        r["label"], "" if r["size"] is None else
        " at " + fmt_size(r["group"], r["size"]), r["more_rounds"])
        for r in results if r.get("more_rounds") and r["kind"] == "pubtool"]
    return "in this run: " + ", ".join(more) if more else "none in this run"


def round_spread(rows, calls):
    """How far apart the rounds' ratios of the first command of ROWS to
    each other one are: the largest ratio over the smallest, the most of
    any pair; None if a call failed."""
    first = calls[rows[0]["label"]]
    spread = None
    for r in rows[1:]:
        other = calls[r["label"]]
        if None in first or None in other:
            return None
        ratios = [a["times"][0] / b["times"][0]
                  for a, b in zip(first, other) if b["times"][0] > 0]
        if ratios:
            spread = max(spread or 1.0, max(ratios) / min(ratios))
    return spread


def budget_reason(need):
    """Return (why, "budget") if NEED seconds are more than what is left
    of the budget, or nothing is left, else (None, None)."""
    left = BUDGET - (time.time() - START)
    if need > left or left <= 0:
        return ("skipped (time budget: %.0f s needed, %.0f s left)" %
                (need, max(0, left))), "budget"
    return None, None


def save(state):
    """Write STATE to RESULTS_JSON."""
    with open(RESULTS_JSON + ".tmp", "w") as f:
        json.dump(state, f, indent=1)
    os.replace(RESULTS_JSON + ".tmp", RESULTS_JSON)


# ---------------------------------------------------------------------------
# The report.

def fmt_size(gid, n):
    """Return size N of a command of group GID the way the tables show it:
    megabytes for the DBLP files, else records."""
    return "%d MB" % n if gid == "dblp" else fmt_n(n)


def fmt_n(n):
    """Return a record count the way the tables show it: 10k, 1M."""
    if n is None:
        return "-"
    if n % 1000000 == 0:
        return "%dM" % (n // 1000000)
    if n % 1000 == 0:
        return "%dk" % (n // 1000)
    return str(n)


def fmt_t(s):
    """Return seconds with three significant figures, in ms below 1 s."""
    if s is None:
        return "-"
    if s < 1:
        return "%.3g ms" % (s * 1000)
    return "%.3g s" % s


def fmt_ratio(x):
    """Return a ratio with two or three significant figures."""
    if x is None:
        return "-"
    return "%.2f" % x if x < 10 else "%.3g" % x


def fmt_pair(x):
    """Return cpu_pair()'s figure as N.NN×, or "-"."""
    return "-" if x is None else "%.2f×" % x


def cell_status(r):
    """Return a note on how a measured command ended, or ''."""
    if r.get("rc", 0) == 0:
        return ""
    s = "exit %d" % r["rc"]
    if r.get("errors"):
        s += ", %d errors" % r["errors"]
    return s


def render(state):
    """Return the Markdown report for the saved STATE."""
    meta = state["meta"]
    results = state["results"]
    m = meta["machine"]
    out = []
    w = out.append
    w("# pubtool benchmarks")
    w("")
    w("Written by `make bench` (bench/run.sh, bench/bench.py); do not edit. "
      "Every time is the median of at least %d runs by hyperfine after "
      "one warm-up run (more where runs disagreed, below); user time is "
      "hyperfine's mean; peak RSS is the warm-up run's ru_maxrss, in MiB "
      "(2^20 bytes).  Ratios compare figures measured in this one run.  "
      "Inputs come from bench/gen.py (through bench/dblp.py for DBLP "
      "XML)." % meta["runs"])
    sets = interleaved_sets(meta["groups"], results)
    if sets:
        w("")
        w("The commands a target compares (%s) are timed interleaved, so "
          "that a slow phase of the machine, which can last seconds, hits "
          "both sides alike: in rounds, as many as runs, each one "
          "hyperfine run of every one of them in turn, pubtool first "
          "(after an untimed run in the same hyperfine call if the "
          "command's warm-up run took under %g s).  The ratio of two of "
          "them, in the Targets and in the tables, is the median over the "
          "rounds of the ratio of the round's two runs, made moments "
          "apart: unlike the ratio of the medians, it never sets a run in "
          "a slow phase against one in a fast phase, and the median leaves "
          "out the rounds in which a phase began or ended.  Such a phase "
          "can slow pubtool's two threads and not a one-thread floor or "
          "peer (this machine's two CPUs are virtual): where the rounds' "
          "ratios lie more than %g× apart, as many rounds again are run, "
          "within the time budget, and the median is of all; so are the "
          "runs of pubtool cite -F bibtex alone (at the sizes past 10k, "
          "where bibtool is timed with the other peers), whose medians the "
          "growth target compares (%s).  The "
          "start-up target takes the median of the rounds' differences "
          "likewise; other ratios are those of the medians." % (
              "; ".join("%s: %s" % (t, ", ".join(ls)) for t, ls in sets),
              ROUND_WARM, ROUND_SPREAD, more_rounds_text(results)))
    w("")
    w("## Machine")
    w("")
    w("- date: %s" % meta["date"])
    w("- CPU: %s, %s logical CPUs (nproc)" % (m["cpu"], m["nproc"]))
    w("- RAM: %s; kernel %s" % (m["ram"], m["kernel"]))
    la, lb = m["load_start"], meta.get("load_end", [0, 0, 0])
    w("- load average at start %.2f, at end %.2f" % (la[0], lb[0]))
    w("- two threads of the same work at once (bench/cpu_pair) took %s "
      "one thread's time at the start, %s at the end (1 on two real "
      "cores, up to 2 where the two CPUs share one; see Two CPUs)" % (
          fmt_pair(m.get("pair_start")), fmt_pair(m.get("pair_end"))))
    w("- sizes: %s; runs %d; limit %d s per run; peer cost %d s; budget "
      "%d s; whole run took %.0f s" % (
          ", ".join(fmt_n(s) for s in meta["sizes"]), meta["runs"],
          meta["limit"], meta.get("peer_cost", 0), meta["budget"],
          meta.get("elapsed", 0)))
    w("- DBLP files: %s MB" % ", ".join(str(mb) for mb in
                                         meta.get("dblp_mb", [])))
    # The benchmark keeps one CPU busy itself, which the load average at
    # the end counts: only load beyond that is someone else's.
    half = 0.5 * (m["nproc"] or 1)
    if la[0] > half or lb[0] > 1 + half:
        w("")
        w("**Warning: the machine was busy (load average above half the "
          "CPUs besides this run), so these timings are not meaningful.**")
    if meta["runs"] < 5:
        w("")
        w("**Warning: fewer than 5 runs per figure (BENCH_RUNS=%d).**" %
          meta["runs"])
    w("")
    render_targets(w, meta, results)
    w("## Versions")
    w("")
    w("| program | version |")
    w("|---|---|")
    for name, ver in meta["versions"]:
        w("| %s | %s |" % (name, ver.replace("|", "\\|")))
    w("")

    groups = meta["groups"]
    by = {}
    for r in results:
        by.setdefault(r["group"], []).append(r)

    # Summary: each pubtool path against its first floor.
    w("## pubtool paths: throughput and floor ratio")
    w("")
    w("MB/s is input megabytes (10^6 bytes) per second of median time. The "
      "floor is the least work that reads the same input: split_lines "
      "(read, find each newline) or yaml_walk (libyaml's parser events); "
      "pubtool ÷ floor is how many times longer pubtool takes.")
    w("")
    w("| path | records | input MB | pubtool | MB/s | floor | floor MB/s "
      "| pubtool ÷ floor |")
    w("|---|---:|---:|---:|---:|---|---:|---:|")
    for g in groups:
        if g["id"] == "startup" or g.get("table"):
            continue
        rows = by.get(g["id"], [])
        for n in meta["sizes"]:
            at = [r for r in rows if r["size"] == n]
            pub = [r for r in at if r["kind"] == "pubtool"]
            flo = [r for r in at if r["kind"] == "floor"]
            if not pub:
                continue
            p, f = pub[0], (flo[0] if flo else None)
            mb = p["bytes"] / 1e6
            if p.get("median") is None:
                w("| %s | %s | %.1f | %s | - | - | - | - |" % (
                    g["title"], fmt_n(n), mb, p.get("skip", "-")))
                continue
            st = cell_status(p)
            fm = f.get("median") if f else None
            w("| %s | %s | %.1f | %s%s | %.1f | %s | %s | %s |" % (
                g["title"], fmt_n(n), mb, fmt_t(p["median"]),
                " (%s)" % st if st else "", mb / p["median"],
                f["label"] if f else "-",
                "%.0f" % (mb / fm) if fm else (f.get("skip", "-") if f
                                               else "-"),
                fmt_ratio(compare(p, f)) if fm else "-"))
    w("")

    # One table per group: every command at every size.
    for g in groups:
        rows = by.get(g["id"], [])
        if not rows:
            continue
        w("## %s" % g["title"])
        w("")
        w("%s%s." % (g["what"][0].upper(), g["what"][1:]))
        w("")
        if g["id"] == "startup":
            pubs = [r for r in rows if r["kind"] == "pubtool"]
            w("| command | median | user | peak RSS | %s |" % " | ".join(
                "%s ÷ this" % p["label"] for p in pubs))
            w("|---|---:|---:|---:|%s" % ("---:|" * len(pubs)))
            for r in rows:
                cells = [row_label(r)]
                if r.get("median") is None:
                    cells += [r.get("skip", "-"), "", ""] + [""] * len(pubs)
                else:
                    cells += [fmt_t(r["median"]), fmt_t(r["user"]),
                              fmt_rss(r)]
                    for p in pubs:
                        cells.append(fmt_ratio(compare(p, r))
                                     if p.get("median") else "-")
                w("| %s |" % " | ".join(cells))
            w("")
            continue
        if g.get("table") == "memory":
            render_memory(w, meta, rows)
            continue
        if g.get("table") == "dblp":
            render_dblp(w, meta, rows)
            continue
        w("pubtool ÷ this: pubtool's median over this command's, at the "
          "same size in this run, or for a command timed in rounds with "
          "pubtool, the median of the rounds' ratios (below 1: pubtool is "
          "faster).")
        w("")
        w("| records | input MB | command | median | user | peak RSS | MB/s "
          "| pubtool ÷ this |")
        w("|---:|---:|---|---:|---:|---:|---:|---:|")
        for n in meta["sizes"]:
            at = [r for r in rows if r["size"] == n]
            pub = next((r for r in at if r["kind"] == "pubtool"), None)
            for r in at:
                mb = r["bytes"] / 1e6
                if r.get("median") is None:
                    w("| %s | %.1f | %s | %s | | | | |" % (
                        fmt_n(n), mb, row_label(r), r.get("skip", "-")))
                    continue
                st = cell_status(r)
                ratio = "-"
                if r is not pub and pub and pub.get("median"):
                    ratio = fmt_ratio(compare(pub, r))
                w("| %s | %.1f | %s | %s%s | %s | %s | %.1f | %s |" % (
                    fmt_n(n), mb, row_label(r), fmt_t(r["median"]),
                    " (%s)" % st if st else "", fmt_t(r["user"]),
                    fmt_rss(r), mb / r["median"], ratio))
        w("")

    # Growth.
    w("## Growth")
    w("")
    w("Time ratio per 10 times the records, between consecutive sizes "
      "(normalised to 10× if the sizes are not 10× apart): 10 is linear, "
      "100 quadratic.  Small sizes include the start-up time, so ratios "
      "below 10 there mean start-up still counts.")
    w("")
    pairs = list(zip(meta["sizes"], meta["sizes"][1:]))
    if pairs:
        w("| path | command | %s |" % " | ".join(
            "%s → %s" % (fmt_n(a), fmt_n(b)) for a, b in pairs))
        w("|---|---|%s" % ("---:|" * len(pairs)))
        for g in groups:
            if g["id"] in ("startup", "dblp"):
                continue
            rows = by.get(g["id"], [])
            labels = []
            for r in rows:
                if (r["kind"], r["label"]) not in labels:
                    labels.append((r["kind"], r["label"]))
            for kind, label in labels:
                med = {r["size"]: r.get("median") for r in rows
                       if r["label"] == label}
                cells = []
                for a, b in pairs:
                    if med.get(a) and med.get(b):
                        gr = (med[b] / med[a]) ** (1 / math.log10(b / a))
                        cells.append("%.1f×" % gr)
                    else:
                        cells.append("-")
                if all(c == "-" for c in cells):
                    continue
                w("| %s | %s%s | %s |" % (
                    g["title"], label, " (%s)" % kind if kind != "peer"
                    else "", " | ".join(cells)))
    else:
        w("Only one size was run.")
    w("")

    render_pairs(w, meta, results)

    # Skips and problems.
    w("## Skips and notes")
    w("")
    w("Skip rules: a tool that is not installed; a command skipped at a "
      "smaller size; a command whose median at the smaller sizes, grown to "
      "this size (t × (N/S)^k, k the growth exponent of the last two sizes, "
      "between 1 and 2; after one size, 1 for pubtool and the floors and 2 "
      "for peers), is over %d s for one run; a peer whose warm-up and runs "
      "at this size, so estimated, would take over %d s in all (its "
      "smaller sizes already show how it grows); a warm-up run stopped "
      "after %d s (peers) or %d s (pubtool, floors); a command whose runs "
      "(as estimated, or as its warm-up run took) would not fit in what "
      "is left of the time budget (%d s for the whole run).  pubtool, "
      "the floors and the peers timed in rounds with pubtool run first, at "
      "every size from small to large, the paths in the order of the "
      "tables, then pubtool on the DBLP files, then the other peers the "
      "same way, so that the budget leaves out peers at the largest "
      "sizes.  With the skips: commands that exited non-zero, "
      "and pubtool commands that wrote to standard error, with the first "
      "error (or line)." %
      (meta["limit"], meta.get("peer_cost", 0), meta["limit"],
       3 * meta["limit"], meta["budget"]))
    w("")
    notes = 0
    for r in results:
        if r.get("skip"):
            w("- %s, %s at %s: %s" % (title_of(groups, r["group"]),
                                      r["label"],
                                      fmt_size(r["group"], r["size"]),
                                      r["skip"]))
            notes += 1
        elif r.get("rc", 0) != 0 or (r["kind"] == "pubtool" and
                                     r.get("stderr_lines")):
            w("- %s, %s at %s: exit %d, %d stderr lines, %d errors; "
              "first: `%s`" % (title_of(groups, r["group"]), r["label"],
                              fmt_size(r["group"], r["size"]), r["rc"],
                              r["stderr_lines"],
                              r["errors"],
                              short_text(r.get("first_error") or "", meta)))
            notes += 1
    for e in meta.get("errors", []):
        w("- %s" % e)
        notes += 1
    if notes == 0:
        w("None.")
    w("")
    w("## Commands")
    w("")
    w("Paths are shortened: DATA is the scratch directory, `in-N.*` the "
      "generated inputs with N records, `dblp-MB.xml` the DBLP file of MB "
      "megabytes.")
    w("")
    seen = set()
    for r in results:
        key = (r["group"], r["label"])
        if key in seen:
            continue
        seen.add(key)
        w("- %s, %s: `%s`" % (title_of(groups, r["group"]), r["label"],
                              short_cmd(r["argv"], meta)))
    w("")
    return "\n".join(out)


# The targets of the issue the benchmarks serve, as bounds on this run's
# figures.
TARGET_BIBTOOL = 10.0      # bibtool's time over pubtool's, at 10k records
TARGET_LINEAR = 12.0       # time per 10 times the records, at most
TARGET_CSV_MBS = 250.0     # profile to CSV, MB/s
TARGET_AWK = 0.5           # awk's time over pubtool's, profile to CSV
TARGET_YAML_WALK = 0.8     # yaml_walk's time over pubtool's, YAML to YAML
TARGET_STREAM_KB = 16 * 1024   # peak RSS of the streaming paths at 1M, kB
TARGET_STARTUP = 0.001     # seconds over `true`'s start-up
TARGET_FLAT = 1.25         # peak RSS at the largest DBLP file over that at
                           # the next smaller one


def measured(results, gid, label, size):
    """Return the result of command LABEL of group GID at SIZE if it was
    measured, else None."""
    return next((r for r in results if r["group"] == gid and
                 r["label"] == label and r["size"] == size and
                 r.get("median") is not None), None)


def compare(a, b, op=operator.truediv):
    """Return OP(A's time, B's time) for the measured rows A and B of one
    group and size: the median of OP over the runs of each round if they
    were timed in the same rounds, else OP of their medians."""
    if a.get("interleaved") and b.get("interleaved") and \
            len(a["times"]) == len(b["times"]):
        return statistics.median(op(x, y)
                                 for x, y in zip(a["times"], b["times"]))
    return op(a["median"], b["median"])


def interleaved_sets(groups, results):
    """Return (group title, labels) for each group with commands timed in
    rounds, in the order of GROUPS."""
    out = []
    for g in groups:
        labels = []
        for r in results:
            if r["group"] == g["id"] and r.get("interleaved") and \
                    r["label"] not in labels:
                labels.append(r["label"])
        if labels:
            out.append((g["title"], labels))
    return out


def part(text, value, bound, less=False):
    """Return one part of a target: (TEXT, margin, met), VALUE measured
    against BOUND; LESS if VALUE must be under BOUND, else at least it.
    The margin is value / bound, or bound / value where less is better,
    so that it is 1 or more when the part is met; VALUE None: not
    measured."""
    if value is None:
        return text + ": not measured", None, None
    if less:
        return (text, bound / value if value > 0 else float("inf"),
                value < bound)
    return text, value / bound, value >= bound


def growth_parts(results, gid, label, sizes):
    """Return a part for each size with a size at least 10 times smaller
    (the largest such): the command's time per 10 times the records, at
    most TARGET_LINEAR.  Sizes closer together would let a few per cent
    of noise in the times look like growth (3 times the records: 5% is
    10% per 10 times)."""
    pairs = []
    for b in sizes:
        smaller = [a for a in sizes if a * 10 <= b]
        if smaller:
            pairs.append((max(smaller), b))
    if not pairs:
        return [part("growth (no sizes 10× apart)", None, TARGET_LINEAR)]
    parts = []
    for a, b in pairs:
        ra, rb = (measured(results, gid, label, a),
                  measured(results, gid, label, b))
        g = None
        if ra and rb:
            g = (rb["median"] / ra["median"]) ** (1 / math.log10(b / a))
        parts.append(part("%s → %s: %s per 10× records" % (
            fmt_n(a), fmt_n(b), "%.1f×" % g if g else "-"), g,
            TARGET_LINEAR, less=True))
    return parts


def each_size(results, gid, sizes, fn):
    """Return FN(the measured rows of group GID at a size) for each of
    SIZES at which it gives a value, as (value, size) pairs."""
    out = []
    for n in sizes:
        v = fn([r for r in results if r["group"] == gid and
                r["size"] == n and r.get("median") is not None])
        if v is not None:
            out.append((v, n))
    return out


def row_of(rows, label):
    """Return the row of command LABEL among ROWS, or None."""
    return next((r for r in rows if r["label"] == label), None)


def ratio_of(rows, label, over):
    """Return the time of command LABEL among ROWS over that of command
    OVER (compare()), or None if either is not among them."""
    a, b = row_of(rows, label), row_of(rows, over)
    return compare(a, b) if a and b else None


def target_rows(meta, results):
    """Return the Targets table: (target, parts) for each target of the
    issue, from this run's results."""
    sizes = meta["sizes"]
    top = 1000000
    rows = []

    pub = measured(results, "bibtex", "pubtool cite -F bibtex", 10000)
    bt = measured(results, "bibtex", "bibtool", 10000)
    speed = compare(bt, pub) if pub and bt else None
    rows.append(("BibTeX read + write at least %g× bibtool's speed at 10k, "
                 "growing linearly (at most %g× the time per 10× the "
                 "records)" % (TARGET_BIBTOOL, TARGET_LINEAR),
                 [part("bibtool ÷ pubtool at 10k: %s" % (
                     "%.2f×" % speed if speed else "-"), speed,
                     TARGET_BIBTOOL)] +
                 growth_parts(results, "bibtex", "pubtool cite -F bibtex",
                              sizes)))

    def mbs(at):
        r = next((r for r in at if r["label"] == "pubtool filter -F csv"),
                 None)
        return r["bytes"] / 1e6 / r["median"] if r else None

    def awk(at):
        return ratio_of(at, "awk fields.awk", "pubtool filter -F csv")
    speeds = each_size(results, "profile-csv", sizes, mbs)
    awks = each_size(results, "profile-csv", sizes, awk)
    low_s, low_a = min(speeds, default=None), min(awks, default=None)
    rows.append(("Profile to CSV at least %g MB/s and %g× awk's speed, at "
                 "every size" % (TARGET_CSV_MBS, TARGET_AWK),
                 [part("lowest %.0f MB/s (%s)" % (low_s[0], fmt_n(low_s[1]))
                       if low_s else "MB/s", low_s and low_s[0],
                       TARGET_CSV_MBS),
                  part("lowest awk ÷ pubtool %.2f× (%s)" % (
                      low_a[0], fmt_n(low_a[1])) if low_a else "awk",
                      low_a and low_a[0], TARGET_AWK)]))

    def walk(at):
        return ratio_of(at, "yaml_walk", "pubtool filter")
    walks = each_size(results, "yaml", sizes, walk)
    low_w = min(walks, default=None)
    rows.append(("YAML to YAML at least %g× the yaml_walk floor's "
                 "throughput, at every size" % TARGET_YAML_WALK,
                 [part("lowest yaml_walk ÷ pubtool %.2f× (%s)" % (
                     low_w[0], fmt_n(low_w[1])) if low_w else "yaml_walk",
                     low_w and low_w[0], TARGET_YAML_WALK)]))

    parts = []
    for gid, label, what in (
            ("profile-csv", "pubtool filter -F csv", "filter -F csv"),
            ("profile-yaml", "pubtool import -o -", "import -o - (profile)"),
            ("csv-yaml", "pubtool import -o -", "import -o - (CSV)"),
            ("yaml", "pubtool filter", "filter (YAML)"),
            ("bibtex", "pubtool cite -F bibtex", "cite -F bibtex")):
        r = measured(results, gid, label, top)
        parts.append(part("%s %s" % (what, fmt_rss(r)) if r else what,
                          r and r["rss_kb"], TARGET_STREAM_KB, less=True))
    rows.append(("Streaming paths under %d MiB peak RSS at %s" % (
        TARGET_STREAM_KB // 1024, fmt_n(top)), parts))

    parts = []
    for label in ("pubtool list", "pubtool stats"):
        r = measured(results, "grouping", label, top)
        name = label[len("pubtool "):]
        parts.append(part("%s %s, %.2f of the input" % (
            name, fmt_rss(r), rss_ratio(r)) if r else name,
            r and r["rss_kb"] * 1024, r and r["bytes"], less=True))
    rows.append(("list and stats under the input's size in peak RSS at %s "
                 "(profile)" % fmt_n(top), parts))

    true = measured(results, "startup", "true", None)
    parts = []
    for label in ("pubtool --version", "pubtool list (50 records)"):
        r = measured(results, "startup", label, None)
        d = compare(r, true, operator.sub) if r and true else None
        text = label
        if d is not None:
            text += " %.3f ms %s than true" % (abs(d) * 1000,
                                              "more" if d >= 0 else "less")
        parts.append(part(text, d, TARGET_STARTUP, less=True))
    rows.append(("Start-up within %s of `true`" % fmt_t(TARGET_STARTUP),
                 parts))

    def growth(label, least=DBLP_BIG):
        """The peak RSS at the largest DBLP file (of LEAST MB or more) over
        that at the next smaller one for the command LABEL, and the text
        that says so."""
        dblp = [r for mb in meta.get("dblp_mb", [])
                for r in [measured(results, "dblp", label, mb)] if r]
        if len(dblp) < 2 or dblp[-1]["size"] < least or \
                dblp[-1]["records"] <= dblp[-2]["records"]:
            return None, "%s: peak RSS at %d MB or more, and at a " \
                "smaller file" % (label, least)
        big, small = dblp[-1], dblp[-2]
        return big["rss_kb"] / small["rss_kb"], \
            "%s: %s at %d MB, %s at %d MB: %.2f×, %.1f B a record more" % (
                label, fmt_rss(big), big["size"], fmt_rss(small),
                small["size"], big["rss_kb"] / small["rss_kb"],
                (big["rss_kb"] - small["rss_kb"]) * 1024 /
                (big["records"] - small["records"]))

    flat, text = growth(DBLP_READER)
    keyed_flat, keyed = growth(DBLP_KEYED, 0)
    if flat is not None and keyed_flat is not None:
        text += "; with a key unique in the run for each record (not " \
            "judged), " + keyed
    rows.append(("DBLP XML reader: a 1 GB file in flat memory (peak RSS at "
                 "most %g× that at the next smaller file)" % TARGET_FLAT,
                 [part(text, flat, TARGET_FLAT, less=True)]))
    return rows


def render_pairs(w, meta, results):
    """The Two CPUs section: bench/cpu_pair before and after each set of
    rounds, beside the ratios the rounds gave."""
    sets = []      # (group id, size): the rows timed in those rounds
    for r in results:
        if r.get("pair"):
            key = (r["group"], r["size"])
            if not sets or sets[-1][0] != key:
                sets.append((key, []))
            sets[-1][1].append(r)
    if not sets:
        return
    titles = {g["id"]: g["title"] for g in meta["groups"]}
    w("## Two CPUs")
    w("")
    w("pubtool reads in a second thread (README); its floors and peers run "
      "in one.  A virtual machine's two CPUs may share a core, or get less "
      "of the host, at times.  As a record of the machine beside the "
      "ratios, bench/cpu_pair times the same work in one thread and in two "
      "at once (medians of five) before and after each set of rounds: two "
      "threads at 1.00× one thread's time means the CPUs ran as two cores "
      "then, at 2× as one.  It is sampled around the rounds, not during "
      "them, so it shows how the machine varies, not which rounds it "
      "slowed.")
    w("")
    w("| rounds | size | two threads, before | after | ratios of the "
      "rounds |")
    w("|---|---:|---:|---:|---|")
    for (gid, size), rows in sets:
        first = rows[0]
        ratios = ["%s ÷ %s %s" % (o["label"], first["label"],
                                  fmt_ratio(compare(o, first)))
                  for o in rows[1:] if gid != "startup" and
                  o.get("median") is not None and
                  first.get("median") is not None]
        w("| %s | %s | %s | %s | %s |" % (
            titles.get(gid, gid), "-" if size is None else
            fmt_size(gid, size), fmt_pair(first["pair"][0]),
            fmt_pair(first["pair"][-1]), "; ".join(ratios) or "-"))
    w("")


def render_targets(w, meta, results):
    """Write with W the Targets section."""
    w("## Targets")
    w("")
    w("The targets of the issue the benchmarks serve, judged on this run's "
      "figures.  Margin: the figure over the bound, or the bound over the "
      "figure where less is better, so that 1 or more is met; for a target "
      "of several parts, the smallest.  A part not measured in this run "
      "(a size not run, a command skipped) leaves its target not measured "
      "unless another part is not met.")
    w("")
    w("| target | measured | margin | verdict |")
    w("|---|---|---:|---|")
    for target, parts in target_rows(meta, results):
        margins = [m for _, m, _ in parts if m is not None]
        if any(met is False for _, _, met in parts):
            verdict = "not met"
        elif any(met is None for _, _, met in parts):
            verdict = "not measured"
        else:
            verdict = "met"
        margin = min(margins) if margins else None
        w("| %s | %s | %s | %s |" % (
            target, "; ".join(text for text, _, _ in parts),
            "∞" if margin == float("inf") else fmt_ratio(margin), verdict))
    w("")


def render_memory(w, meta, rows):
    """Write with W the table of a group measured for its memory: every
    command at every size, with its peak RSS over its input's size."""
    w("| records | input MB | command | runs | median | user | MB/s "
      "| peak RSS | RSS ÷ input |")
    w("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in meta["sizes"]:
        for r in [r for r in rows if r["size"] == n]:
            mb = r["bytes"] / 1e6
            if r.get("median") is None:
                w("| %s | %.1f | %s | %s | | | | | |" % (
                    fmt_n(n), mb, row_label(r), r.get("skip", "-")))
                continue
            st = cell_status(r)
            w("| %s | %.1f | %s | %d | %s%s | %s | %.1f | %s | %.2f |" % (
                fmt_n(n), mb, row_label(r), r["runs"], fmt_t(r["median"]),
                " (%s)" % st if st else "", fmt_t(r["user"]),
                mb / r["median"], fmt_rss(r), rss_ratio(r)))
    w("")


def render_dblp(w, meta, rows):
    """Write with W the table of the DBLP group: every command at every
    file size, with its peak RSS, and how much that grew for each record
    more than at the size before."""
    w("RSS growth a record: the peak RSS minus that at the next smaller "
      "file, over the records the bigger file has more; 0 for memory that "
      "does not grow with the input.")
    w("")
    w("| file MB | records | command | runs | median | user | MB/s "
      "| peak RSS | RSS ÷ input | RSS growth a record |")
    w("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    before = {}
    for mb in meta.get("dblp_mb", []):
        for r in [r for r in rows if r["size"] == mb]:
            size = r["bytes"] / 1e6
            if r.get("median") is None:
                w("| %.0f | | %s | %s | | | | | | |" % (
                    size or mb, row_label(r), r.get("skip", "-")))
                continue
            st = cell_status(r)
            prev = before.get(r["label"])
            growth = "-"
            if prev and r["records"] > prev["records"]:
                growth = "%.1f B" % ((r["rss_kb"] - prev["rss_kb"]) * 1024 /
                                     (r["records"] - prev["records"]))
            before[r["label"]] = r
            w("| %.0f | %d | %s | %d | %s%s | %s | %.1f | %s | %.3f | %s |" %
              (size, r["records"], row_label(r), r["runs"],
               fmt_t(r["median"]), " (%s)" % st if st else "",
               fmt_t(r["user"]), size / r["median"], fmt_rss(r),
               rss_ratio(r), growth))
    w("")


def fmt_rss(r):
    """Return the peak RSS of the measured row R in MiB."""
    return "%.1f MiB" % (r["rss_kb"] / 1024)


def rss_ratio(r):
    """Return the peak RSS of the measured row R over its input's size."""
    return r["rss_kb"] * 1024 / r["bytes"] if r["bytes"] else float("nan")


def row_label(r):
    """Return a command's name for a table, with its kind and note."""
    s = r["label"]
    if r["kind"] == "pubtool":
        s = "**%s**" % s
    elif r["kind"] == "floor":
        s += " (floor)"
    if r.get("note"):
        s += " — %s" % r["note"]
    return s


def title_of(groups, gid):
    """Return the title of the group GID."""
    return next((g["title"] for g in groups if g["id"] == gid), gid)


def short_cmd(argv, meta):
    """Return ARGV as a shell line with the long paths shortened."""
    return short_text(shlex.join(argv), meta)


def short_text(s, meta):
    """Return S with the long paths shortened."""
    for path, name in ((meta["data"] + "/", "DATA/"),
                       (meta["root"] + "/", "")):
        s = s.replace(path, name)
    return s


# ---------------------------------------------------------------------------

def make_inputs(bench, n):
    """Make the inputs with N records unless the budget forbids it; return
    None, or why the size is skipped."""
    if bench.gen_rate is not None and \
            not os.path.exists(input_files(n)["csv"]):
        reason, _ = budget_reason(bench.gen_rate * n)
        if reason:
            bench.meta["errors"].append("inputs at %s: %s" % (fmt_n(n),
                                                              reason))
            return reason + " making the inputs"
    log("making the inputs with %s records" % fmt_n(n))
    spent, err = generate(n)
    if err:
        bench.meta["errors"].append("inputs at %s: %s" % (fmt_n(n), err))
    if spent > 1:
        bench.gen_rate = spent / n
    return None


def make_dblp(bench, mb):
    """Make the DBLP file of MB megabytes unless it was made before or
    the budget forbids it; return None, or why the size is skipped."""
    path = dblp_file(mb)
    if os.path.exists(path):
        return None
    if bench.dblp_rate is not None:
        reason, _ = budget_reason(bench.dblp_rate * mb)
        if reason:
            bench.meta["errors"].append("DBLP file of %d MB: %s" %
                                        (mb, reason))
            return reason + " making the file"
    log("making the DBLP file of %d MB" % mb)
    t0 = time.time()
    p = subprocess.run([sys.executable, DBLP_GEN, str(mb * 1000000),
                        path + ".tmp"], stdin=subprocess.DEVNULL)
    if p.returncode != 0:
        err = "dblp.py failed (exit %d)" % p.returncode
        bench.meta["errors"].append("DBLP file of %d MB: %s" % (mb, err))
        return "skipped (%s)" % err
    os.rename(path + ".tmp", path)
    spent = time.time() - t0
    if spent > 1:
        bench.dblp_rate = spent / mb
    return None


def run_size(bench, n, phase):
    """Run the commands of PHASE ("core": pubtool, the floors and the
    peers of the group's "interleave", or "peer": the other peers) on the
    inputs with N records, making them first if need be."""
    if n not in bench.ready:
        bench.ready[n] = make_inputs(bench, n)
    files = input_files(n)
    for g in group_specs(files):
        cmds = []
        for kind, label, cmd, note in g["cmds"]:
            core = kind != "peer" or label in interleaved(g, n)
            if core != (phase == "core"):
                continue
            path = files[command_input(g, label)]
            nbytes = os.path.getsize(path) if os.path.exists(path) else 0
            if bench.ready[n] is not None or not os.path.exists(path):
                bench.results.append({
                    "group": g["id"], "kind": kind, "label": label,
                    "argv": cmd, "note": note, "size": n, "bytes": nbytes,
                    "skip": bench.ready[n] or "skipped (no input)",
                    "skip_kind": "error"})
                continue
            cmds.append((kind, label, cmd, note, nbytes))
        bench.run(g, cmds, n)
    bench.save()


def run_dblp(bench, mb):
    """Run the DBLP group on the DBLP file of MB megabytes, making it
    first if need be."""
    path = dblp_file(mb)
    g = dblp_specs(path)
    if mb >= DBLP_BIG:
        # The keyed command's growth shows from the smaller files; at
        # 1000 MB its runs would take a minute of the budget.
        g["cmds"] = [c for c in g["cmds"] if c[1] != DBLP_KEYED]
    why = make_dblp(bench, mb)
    if why is not None:
        for kind, label, cmd, note in g["cmds"]:
            bench.results.append({
                "group": g["id"], "kind": kind, "label": label, "argv": cmd,
                "note": note, "size": mb, "bytes": 0, "skip": why,
                "skip_kind": "error"})
    else:
        size = os.path.getsize(path)
        bench.run(g, [c + (size,) for c in g["cmds"]], mb,
                  dblp_records(path))
    bench.save()


def main(argv):
    if len(argv) > 1 and argv[1] == "--report":
        with open(RESULTS_JSON) as f:
            state = json.load(f)
        with open(OUT, "w") as f:
            f.write(render(state))
        print("bench: wrote %s" % OUT)
        return 0
    if len(argv) > 1:
        sys.stderr.write(__doc__)
        return 2
    for tool in ("hyperfine",):
        if shutil.which(tool) is None:
            sys.exit("bench: %s is needed and not installed" % tool)
    for path in (PUBTOOL, SPLIT_LINES, YAML_WALK, CPU_PAIR):
        if not os.access(path, os.X_OK):
            sys.exit("bench: %s: not built (run `make bench`)" % path)
    if not SIZES:
        sys.exit("bench: BENCH_SIZES is empty")
    os.environ["PUBTOOL_LIBRARY"] = os.path.join(DATA, "no-library.yaml")
    os.environ.setdefault("LC_ALL", "C.UTF-8")

    prepare_data()
    meta = {"date": datetime.datetime.now(datetime.timezone.utc).strftime(
                "%Y-%m-%d %H:%M UTC"),
            "machine": machine(), "versions": versions(), "runs": RUNS,
            "limit": LIMIT, "peer_cost": PEER_COST, "budget": BUDGET,
            "sizes": SIZES,
            "dblp_mb": DBLP_MB,
            "data": DATA, "root": ROOT, "errors": []}
    bench = Bench(meta)

    tiny = os.path.join(DATA, "tiny.bib")
    with open(tiny, "wb") as f:
        subprocess.run([sys.executable, GEN, "bibtex", "3"], stdout=f,
                       check=True)
    start = startup_specs(tiny)
    meta["groups"] = [{k: g.get(k) for k in ("id", "title", "what", "table")}
                      for g in [start] + group_specs(input_files(0)) +
                      [dblp_specs("")]]
    bench.run(start, [c + (0,) for c in start["cmds"]], None)

    # pubtool, the floors and the peers timed in rounds with pubtool at
    # every size, smallest first, then pubtool on the DBLP files, smallest
    # first, then the other peers at every size: when the budget runs out,
    # what is left out is peers at the largest sizes, never pubtool's own
    # figures.
    for n in SIZES:
        run_size(bench, n, "core")
    for mb in DBLP_MB:
        run_dblp(bench, mb)
    for n in SIZES:
        run_size(bench, n, "peer")
    meta["load_end"] = os.getloadavg()
    meta["machine"]["pair_end"] = cpu_pair()
    meta["elapsed"] = time.time() - START
    bench.save()
    with open(OUT, "w") as f:
        f.write(render({"meta": meta, "results": bench.results}))
    log("wrote %s (raw results in %s)" % (OUT, RESULTS_JSON))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
