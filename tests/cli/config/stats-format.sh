# stats: {format: csv, by: area}, with the area names of areas: in the
# area_name column; -F yaml on the command line wins.
cat >"$TMP/config.yaml" <<'CONF'
areas: {XY: "My Area"}
stats: {format: csv, by: area}
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" stats yaml/aliases.yaml
echo "--- -F yaml"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" stats -F yaml yaml/aliases.yaml
