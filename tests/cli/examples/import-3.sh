# pubtool-import(1) EXAMPLES: "Import into the default library,
# ~/.local/share/pubtool/library.yaml, without the summary line:"
#   $ pubtool import -q --as-of 2026-11-26 profile/tito.txt
# ($HOME is $TMP, and run.sh unsets XDG_DATA_HOME and PUBTOOL_LIBRARY.)
"$PUBTOOL" import -q --as-of 2026-11-26 profile/tito.txt || exit
ls -A ~/.local/share/pubtool
grep -c '^key:' ~/.local/share/pubtool/library.yaml
