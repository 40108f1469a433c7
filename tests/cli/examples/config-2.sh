# pubtool-config(5) EXAMPLES: "Run one command without the
# configuration:"
#   $ PUBTOOL_CONFIG=/dev/null pubtool list yaml/aliases.yaml
mkdir -p "$HOME/.config/pubtool"
printf 'list: {by: year}\n' >"$HOME/.config/pubtool/config.yaml"
PUBTOOL_CONFIG=/dev/null "$PUBTOOL" list yaml/aliases.yaml
