# Bad values: each a usage error (exit 2) at the value's position.  The
# values of format and by are checked by the command that uses them.
run() {
	printf '%s\n' "$1" >"$TMP/config.yaml"
	shift
	PUBTOOL_CONFIG=$TMP/config.yaml "$PUBTOOL" "$@"
	echo "rc=$?"
}
run 'list: {by: month}' list yaml/aliases.yaml
run 'list: {format: pdf}' list yaml/aliases.yaml
run 'stats: {format: pdf}' stats yaml/aliases.yaml
run 'stats: {by: none}' stats yaml/aliases.yaml
run 'filter: {format: pdf}' filter yaml/aliases.yaml
run 'cite: {format: pdf}' cite -i yaml/aliases.yaml
run 'csv: {neutralise: maybe}' stats yaml/aliases.yaml
run 'library: papers.yaml' list
run 'owner: [a, b]' stats yaml/aliases.yaml
run 'aliases: {Rio Yokota: R. Yokota}' stats yaml/aliases.yaml
