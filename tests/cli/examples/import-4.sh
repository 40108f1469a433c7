# pubtool-import(1) EXAMPLES: "A rejected record leaves a library
# unchanged, here a new one, unless --skip-invalid is given:"
#   $ pubtool import -L ~/new.yaml bad/feb30.txt
#   pubtool: bad/feb30.txt:7: error: impossible date 'Feb 30, 2024'
#   2 records: 2 new, 0 updated, 0 unchanged, 1 rejected
#   pubtool: error: library '/home/ana/new.yaml' not changed: 1 error in
#   the input (use --skip-invalid to import the rest)
#   $ pubtool import --skip-invalid -L ~/new.yaml bad/feb30.txt
#   pubtool: bad/feb30.txt:7: error: impossible date 'Feb 30, 2024'
#   2 records: 2 new, 0 updated, 0 unchanged, 1 rejected
# "Both commands exit 3; the second one writes the two good records."
"$PUBTOOL" import -L ~/new.yaml bad/feb30.txt
echo "rc=$?"
ls ~/new.yaml 2>/dev/null || echo "no new.yaml"
"$PUBTOOL" import --skip-invalid -L ~/new.yaml bad/feb30.txt
echo "rc=$?"
grep '^key:' ~/new.yaml
