# pubtool-records(5) EXAMPLES: "A profile with Windows line ends and a
# byte order mark is read as if it had neither:"
#   $ pubtool import -o - --as-of 2026-11-26 profile/crlf-bom.txt
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/crlf-bom.txt || exit
# The same file without the BOM and the CRs gives the same records.
tail -c +4 profile/crlf-bom.txt | tr -d '\r' >"$TMP/plain.txt"
"$PUBTOOL" import -o - --as-of 2026-11-26 "$TMP/plain.txt" >"$TMP/plain.yaml"
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/crlf-bom.txt |
    cmp - "$TMP/plain.yaml" && echo "same as without CR LF and BOM"
