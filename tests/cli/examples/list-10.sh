# pubtool-list(1) EXAMPLES: "A web page of the papers by area and year,
# and the same listing alone, to paste into the body of an existing page:"
#   $ pubtool list -F html --by area,year --as-of 2026-11-26 \
#       profile/tito.txt > papers.html
#   $ pubtool list -F html --fragment --by area,year \
#       --as-of 2026-11-26 profile/tito.txt > papers.inc.html
# The fragment is the body of the page less its <h1>.
"$PUBTOOL" list -F html --by area,year --as-of 2026-11-26 \
    profile/tito.txt > "$TMP/papers.html" || exit
"$PUBTOOL" list -F html --fragment --by area,year \
    --as-of 2026-11-26 profile/tito.txt > "$TMP/papers.inc.html" || exit
cat "$TMP/papers.html"
sed -n '/^<h1>/,/^<\/body>/p' "$TMP/papers.html" | sed '1d;$d' |
    cmp - "$TMP/papers.inc.html" && echo "fragment: same listing"
