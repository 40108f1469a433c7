# pubtool-import(1) EXAMPLES: "Import it into a library; a second run
# finds nothing new and leaves the file untouched:"
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/yokota.txt
#   50 records: 50 new, 0 updated, 0 unchanged
#   $ pubtool import -L ~/papers.yaml --as-of 2026-11-26 \
#       profile/yokota.txt
#   50 records: 0 new, 0 updated, 50 unchanged
# "Untouched" is checked as the same inode (a rewrite renames a new
# file over it), modification time and content.
"$PUBTOOL" import -L ~/papers.yaml --as-of 2026-11-26 \
    profile/yokota.txt || exit
before=$(stat -c '%i %Y' ~/papers.yaml)
cp ~/papers.yaml "$TMP/copy.yaml"
sleep 1
"$PUBTOOL" import -L ~/papers.yaml --as-of 2026-11-26 \
    profile/yokota.txt || exit
[ "$(stat -c '%i %Y' ~/papers.yaml)" = "$before" ] &&
    cmp -s ~/papers.yaml "$TMP/copy.yaml" && echo untouched
