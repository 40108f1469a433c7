# aliases: make "Yokota Rio" (read by the name rules as someone else) one
# person with "Rio Yokota", shown by the alias's name; owner: names the
# owner, and --owner wins over it.
cat >"$TMP/config.yaml" <<'CONF'
owner: Rio Yokota
aliases:
  "Rio Yokota": ["R. Yokota", "Yokota Rio"]
  "Ana Autor": ["A. Autor"]
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" stats --by author -w 0 \
    yaml/aliases.yaml
echo "--- --owner 'Ben Baker'"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" stats --by author -w 0 \
    --owner 'Ben Baker' yaml/aliases.yaml
