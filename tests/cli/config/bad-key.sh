# An unknown key is a usage error (exit 2) at its line and column, and
# nothing is read or written.
cat >"$TMP/config.yaml" <<'CONF'
owner: Rio Yokota
list:
  by: year
  colour: always
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" list yaml/aliases.yaml
