# pubtool-filter(1) EXAMPLES: "The papers with code since 2018, as RIS to
# import into Zotero:"
#   $ pubtool filter --code --since 2018 -F ris --as-of 2026-11-26 \
#       profile/tito.txt > code.ris
"$PUBTOOL" filter --code --since 2018 -F ris --as-of 2026-11-26 \
    profile/tito.txt > "$TMP/code.ris" || exit
cat "$TMP/code.ris"
