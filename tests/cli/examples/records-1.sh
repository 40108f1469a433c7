# pubtool-records(5) EXAMPLES: "Convert a profile to pubtool YAML.  The
# header block shown in PROFILE TEXT becomes the profile document, and
# the record shown there becomes this document":
#   $ pubtool import -o - --as-of 2026-11-26 profile/tito.txt
#   ---
#   profile:
#     h_index: 12
#   ...
#   key: "tito2018roofline"
#   ...
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/tito.txt
