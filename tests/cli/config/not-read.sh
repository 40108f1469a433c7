# What does not need the configuration does not read it: --version,
# --help, a command's --help, usage errors and import -o all work with
# a broken file.
printf 'bogus: [\n' >"$TMP/config.yaml"
PUBTOOL_CONFIG=$TMP/config.yaml
export PUBTOOL_CONFIG
"$PUBTOOL" --version >/dev/null && echo version
"$PUBTOOL" --help >/dev/null && echo help
"$PUBTOOL" list --help >/dev/null && echo list help
"$PUBTOOL" stats --bogus 2>/dev/null; echo "usage error: $?"
"$PUBTOOL" import -o - yaml/aliases.yaml | grep -c '^key'
"$PUBTOOL" list yaml/aliases.yaml
echo "rc=$?"
