# pubtool-import(1) EXAMPLES: "Convert a CSV export of Zotero; its own
# columns that are no record field are named once and ignored, its "Key"
# column (an item id, not a citation key) among them:"
#   $ pubtool import -o - csv/zotero.csv
#   pubtool: csv/zotero.csv:1:1: warning: ignoring unknown columns 'Key',
#   'Item Type', 'ISBN', 'ISSN', 'Date Added', 'Date Modified', 'Access
#   Date', 'Num Pages' and 2 more
#   ---
#   key: "tito2018roofline"
#   title: "A Roofline Model for Tensor Cores"
#   authors:
#   - "Rubèn Tito"
#   - "Jonas Øster"
#   date: "2018-05-14"
#   abstract: "We extend the roofline model to matrix units."
#   doi: "10.5555/jmr.2018.4"
#   venue: "Journal of Made-Up Results"
#   pages: "33-41"
#   volume: "9"
#   sources:
#   - "csv"
#   ...
# "The warning is one line; the exit status is 0."
"$PUBTOOL" import -o - csv/zotero.csv
echo "rc=$?"
