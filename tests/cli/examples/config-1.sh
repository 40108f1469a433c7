# pubtool-config(5) EXAMPLES: "A configuration for Rio Yokota, whose
# papers sometimes give his name family name first: ... With it, stats
# counts the three spellings as the owner, and list groups by year:"
#   $ pubtool stats --by author yaml/aliases.yaml
#   Owner · Rio Yokota
#     papers     3 of 4 (75.0%)
#   ...
mkdir -p "$HOME/.config/pubtool"
cat >"$HOME/.config/pubtool/config.yaml" <<'CONF'
# ~/.config/pubtool/config.yaml
library: ~/papers/library.yaml
owner: Rio Yokota
areas: {LG: "Learning", XY: "My Area"}
aliases:
  "Rio Yokota": ["R. Yokota", "Yokota Rio"]
list: {by: year, format: text}
stats: {format: text}
csv: {neutralise: true}
CONF
"$PUBTOOL" stats --by author yaml/aliases.yaml | head -n 2
"$PUBTOOL" list yaml/aliases.yaml | head -n 1
