# pubtool-filter(1) EXAMPLES: "The papers of a saved profile page in
# computer vision from 2023 on, as BibTeX:"
#   $ pubtool filter --area CV --since 2023 --as-of 2026-11-26 \
#       profile/yokota.txt | pubtool cite
"$PUBTOOL" filter --area CV --since 2023 --as-of 2026-11-26 \
    profile/yokota.txt | "$PUBTOOL" cite
