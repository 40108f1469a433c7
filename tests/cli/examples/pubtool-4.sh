# pubtool(1) EXAMPLES: "Records flow through a pipe without loss; this
# lists the papers of both profiles together, without a library:"
#   $ pubtool import -o - --as-of 2026-11-26 profile/yokota.txt \
#       profile/tito.txt | pubtool list --by year
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/yokota.txt \
    profile/tito.txt | "$PUBTOOL" list --by year
