# areas: renames a known area and names one the taxonomy lacks, in the
# section headings of list; list: {by: ...} sets the grouping, and --by
# on the command line wins over it.
cat >"$TMP/config.yaml" <<'CONF'
areas: {LG: "Learning", XY: "My Area"}
list: {by: area}
CONF
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" list yaml/aliases.yaml
echo "--- --by year wins over list.by"
PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" list --by year yaml/aliases.yaml
