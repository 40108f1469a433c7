# pubtool(1) EXAMPLES: "Select the papers in computer vision from 2023 on
# and cite them as BibTeX:"
#   $ pubtool filter --area CV --since 2023 --as-of 2026-11-26 \
#       profile/yokota.txt | pubtool cite > cv.bib
"$PUBTOOL" filter --area CV --since 2023 --as-of 2026-11-26 \
    profile/yokota.txt | "$PUBTOOL" cite > "$TMP/cv.bib" || exit
cat "$TMP/cv.bib"
