# Anchors, aliases and tags are refused as in pubtool YAML, and so is
# invalid UTF-8; a syntax error is reported where libyaml found it.
run() {
	printf "$1" >"$TMP/config.yaml"
	PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" stats yaml/aliases.yaml
	echo "rc=$?"
}
run 'owner: &me Rio Yokota\n'
run 'owner: Rio\naliases: {Rio: [*me]}\n'
run 'owner: !!str Rio Yokota\n'
run 'owner: Rio \377\n'
run 'owner: "Rio\n'
