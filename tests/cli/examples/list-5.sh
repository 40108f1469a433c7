# pubtool-list(1) EXAMPLES: "The records of two profiles, newest first,
# as pubtool YAML:"
#   $ pubtool list -F yaml --by none --as-of 2026-11-26 \
#       profile/yokota.txt profile/tito.txt
"$PUBTOOL" list -F yaml --by none --as-of 2026-11-26 \
    profile/yokota.txt profile/tito.txt
