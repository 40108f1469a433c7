# filter: {format: ...} and cite: {format: ...}; cite's text is the
# reference list, as with -F text; -F on the command line wins.
cat >"$TMP/config.yaml" <<'CONF'
filter: {format: text}
cite: {format: text}
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" filter --area XY yaml/aliases.yaml
echo "--- cite"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" cite -i yaml/aliases.yaml \
    rio2023fast
echo "--- filter -F yaml, cite -F bibtex"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" filter -F yaml --area XY \
    yaml/aliases.yaml | grep '^key'
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" cite -F bibtex \
    -i yaml/aliases.yaml rio2023fast | head -n 1
