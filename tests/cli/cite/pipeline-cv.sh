# The pipeline: the seed's CV papers from 2023 on, as BibTeX.
"$PUBTOOL" filter --area CV --since 2023 --as-of 2026-11-26 profile/yokota.txt |
    "$PUBTOOL" cite
