# pubtool-cite(1) EXAMPLES: "The same for a script, every field as
# stored, read back with Python's csv module:"
#   $ pubtool cite -F csv --csv-raw -i profile/tito.txt \
#       --as-of 2026-11-26 | python3 -c '
#   import csv, sys
#   for row in csv.DictReader(sys.stdin):
#       print(row["key"], row["year"], row["area"])'
#   tito2026elastic 2026 DC
#   tito2025tail 2025 PF
#   ...
"$PUBTOOL" cite -F csv --csv-raw -i profile/tito.txt \
    --as-of 2026-11-26 | python3 -c '
import csv, sys
for row in csv.DictReader(sys.stdin):
    print(row["key"], row["year"], row["area"])'
