# pubtool-records(5) EXAMPLES: "A bad document is reported and skipped;
# the others are read:"
#   $ pubtool list --by none bad/bad-values.yaml
"$PUBTOOL" list --by none bad/bad-values.yaml
