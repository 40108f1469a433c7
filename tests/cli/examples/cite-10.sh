# pubtool-cite(1) EXAMPLES: "A document whose citations pandoc resolves
# from a profile's papers:"
#   $ pubtool cite -F csljson -i profile/tito.txt \
#       --as-of 2026-11-26 > tito.json
#   $ pandoc --citeproc --bibliography tito.json -o paper.html paper.md
# paper.md cites two of the papers; the HTML is shown as plain text.
# pandoc is in the Makefile's DEBIAN_PACKAGES.
"$PUBTOOL" cite -F csljson -i profile/tito.txt \
    --as-of 2026-11-26 > "$TMP/tito.json" || exit
printf 'Rooflines [@tito2018roofline] and tails [@tito2025tail].\n' \
    >"$TMP/paper.md"
pandoc --citeproc --bibliography "$TMP/tito.json" \
    -o "$TMP/paper.html" "$TMP/paper.md" || exit
pandoc -f html -t plain --wrap=none "$TMP/paper.html"
