# A record without an area stays under "No area" whatever areas: names,
# in list's headings and in stats (text, CSV and YAML).
printf 'areas: {LG: "Learning"}\n' >"$TMP/config.yaml"
PUBTOOL_CONFIG=$TMP/config.yaml
export PUBTOOL_CONFIG
"$PUBTOOL" list yaml/precision.yaml | grep -E '^[A-Z]'
"$PUBTOOL" stats --by area -w 0 yaml/precision.yaml
"$PUBTOOL" stats --by area -F csv yaml/precision.yaml
"$PUBTOOL" stats --by area -F yaml yaml/precision.yaml | grep name
