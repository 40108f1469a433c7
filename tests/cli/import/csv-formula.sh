# Cells a spreadsheet would run as formulas: cite -F csv neutralises them
# with a "'", the CSV reader takes it off again, so the records and the
# CSV come back exactly.  Written with --csv-raw, only a value that itself
# starts with "'" and a trigger changes (documented): one "'" is lost.
cat >"$TMP/f.yaml" <<'YAML'
---
key: "able2020one"
title: "=1+1 Considered Harmful"
authors: ["-Minus Person", "Able, Ann"]
area: "NA"
date: "2020-01-02"
score: 3.5
abstract: "+plus first, \"quoted\" later,\nand a second line"
venue: "@venue"
pages: "-5"
sources: ["=src"]
---
key: "able2022mention"
title: "@mention, With a Comma"
authors: ["Ann Able"]
et_al: true
date: "2022-03"
abstract: "\tstarts with a tab"
url: "=HYPERLINK(\"http://example.com\",\"x\")"
---
key: "able2023plain"
title: "'=Quoted Already"
authors: ["Ann Able"]
date: "2023-12-31"
YAML
"$PUBTOOL" cite -F csv -i "$TMP/f.yaml" >"$TMP/f.csv" || exit
cat "$TMP/f.csv"
"$PUBTOOL" import -o - -f csv "$TMP/f.csv" >"$TMP/back.yaml" || exit
"$PUBTOOL" import -o - "$TMP/f.yaml" | cmp - "$TMP/back.yaml" &&
    echo records identical
"$PUBTOOL" cite -F csv -i "$TMP/back.yaml" | cmp - "$TMP/f.csv" &&
    echo csv identical
"$PUBTOOL" cite -F csv --csv-raw -i "$TMP/f.yaml" |
    "$PUBTOOL" import -o - -f csv - | diff "$TMP/back.yaml" - | sed 1d
