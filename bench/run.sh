#!/bin/sh
# Runs the benchmarks and writes bench/RESULTS.md.  `make bench` builds
# pubtool and the floor programs first, then runs this.  The sizes, runs,
# limits and paths come from the environment; see bench/bench.py.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
: "${BENCH_START:=$(date +%s)}"
: "${PUBTOOL:=$here/../pubtool}"
export BENCH_START PUBTOOL

for tool in python3 hyperfine; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "bench: $tool is needed and not installed" >&2
		exit 1
	fi
done
exec python3 "$here/bench.py" "$@"
