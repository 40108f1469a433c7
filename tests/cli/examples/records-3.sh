# pubtool-records(5) EXAMPLES: "Hand-written YAML with unquoted values
# that YAML 1.1 would retype is read as the strings it holds, and
# written back quoted:"
#   $ pubtool import -o - bad/unquoted.yaml
"$PUBTOOL" import -o - bad/unquoted.yaml
