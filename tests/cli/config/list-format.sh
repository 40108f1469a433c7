# list: {format: csv, by: none} as defaults; -F and --by win over them.
cat >"$TMP/config.yaml" <<'CONF'
list:
  format: csv
  by: none
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" list yaml/aliases.yaml | cut -d, -f1,6
echo "--- -F text --by year"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" list -F text --by year \
    yaml/aliases.yaml | head -n 4
