#!/bin/sh
# The instruction-count guard of `make check`: counts, with valgrind's
# callgrind, the instructions pubtool executes to import the 50-record
# fixture, and fails if the count is over the budget in bench/budget.
# The count is deterministic for one binary, unlike a time.
#
# usage: check-budget.sh [-u]
#   -u  write the current count, and 1.5 times it as the new budget, to
#       bench/budget (do this on purpose, and say why in the commit)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$here/..
budget_file=$here/budget
pubtool=${PUBTOOL:-$root/pubtool}
fixture=fixtures/profile/yokota.txt
update=0

case ${1:-} in
-u)	update=1 ;;
'')	;;
*)	echo "usage: check-budget.sh [-u]" >&2; exit 2 ;;
esac

if ! command -v valgrind >/dev/null 2>&1; then
	echo "check-budget: skipped: valgrind is not installed"
	exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$root"
if ! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$pubtool" import -q -o /dev/null --as-of 2026-11-26 "$fixture" \
    2>"$log"; then
	cat "$log" >&2
	echo "check-budget: pubtool import of $fixture failed" >&2
	exit 1
fi
count=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$log")
if [ -z "$count" ]; then
	cat "$log" >&2
	echo "check-budget: no instruction count in callgrind's output" >&2
	exit 1
fi

if [ $update -eq 1 ]; then
	budget=$((count * 3 / 2))
	cat >"$budget_file" <<EOT
# Instruction budget for \`make check-budget\` (part of \`make check\`): the
# instructions, counted by valgrind --tool=callgrind, that
#   pubtool import -q -o /dev/null --as-of 2026-11-26 $fixture
# may execute.  The budget is 1.5 times the count measured when it was set,
# so that a change that makes the import do half as much work again fails.
# Counts depend on the compiler, CFLAGS and libraries: update it from a
# build with the default CFLAGS (-g -O2).  Last measured with
# $(cc --version 2>/dev/null | sed 1q) on $(uname -m).
#
# To update it after a change that needs the extra work (say why in the
# commit message):  bench/check-budget.sh -u
measured $count
budget $budget
EOT
	echo "check-budget: $count instructions; budget set to $budget in bench/budget"
	exit 0
fi

budget=$(sed -n 's/^budget \([0-9]*\)$/\1/p' "$budget_file")
measured=$(sed -n 's/^measured \([0-9]*\)$/\1/p' "$budget_file")
if [ -z "$budget" ] || [ -z "$measured" ]; then
	echo "check-budget: $budget_file: no 'measured' or 'budget' line" >&2
	exit 1
fi
ratio=$(awk -v c="$count" -v m="$measured" 'BEGIN { printf "%.2f", c / m }')
if [ "$count" -gt "$budget" ]; then
	cat >&2 <<EOT
check-budget: FAILED: importing $fixture took $count instructions,
over the budget of $budget in bench/budget ($ratio times the $measured
measured when the budget was set).  Find what made it do more work (e.g.
valgrind --tool=callgrind and callgrind_annotate).  If the extra work is
intended, run bench/check-budget.sh -u and say why in the commit.
EOT
	exit 1
fi
echo "check-budget: $count instructions, $ratio times the $measured measured; budget $budget"
