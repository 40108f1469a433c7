# pubtool-cite(1) EXAMPLES: "The same paper as RIS, for Zotero, EndNote
# or Mendeley (each line ends with CR LF; the abstract is shortened
# here):"
#   $ pubtool cite -F ris -i profile/tito.txt --as-of 2026-11-26 \
#       tito2018roofline
"$PUBTOOL" cite -F ris -i profile/tito.txt --as-of 2026-11-26 \
    tito2018roofline
