# The papers that name Rio Yokota, selected by filter, counted by stats:
# 17, all from 2009 on, with the page's header figures beside them.
"$PUBTOOL" filter --author 'rio yokota' --as-of 2026-11-26 \
    profile/yokota.txt | "$PUBTOOL" stats -F csv | grep -E \
    '^(summary,papers|owner,papers|profile,(papers|parsed)),'
