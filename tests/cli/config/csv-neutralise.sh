# CSV cells that would run as formulas are neutralised by default, and by
# csv: {neutralise: true}; csv: {neutralise: false} writes them raw, as
# --csv-raw does, and --csv-raw wins over neutralise: true.
printf 'csv: {neutralise: true}\n' >"$TMP/on.yaml"
printf 'csv: {neutralise: false}\n' >"$TMP/off.yaml"
for c in on off; do
	echo "--- neutralise: $c"
	PUBTOOL_CONFIG=$TMP/$c.yaml "$PUBTOOL" cite -F csv \
	    -i yaml/aliases.yaml yokota2022data | cut -d, -f2
	PUBTOOL_CONFIG=$TMP/$c.yaml "$PUBTOOL" list -F csv \
	    yaml/aliases.yaml | grep SUM | cut -d, -f2
done
echo "--- neutralise: true, --csv-raw"
PUBTOOL_CONFIG=$TMP/on.yaml "$PUBTOOL" filter -F csv --csv-raw \
    --title '^=' yaml/aliases.yaml | cut -d, -f2
