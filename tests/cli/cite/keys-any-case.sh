# The keys handed out are unique with ASCII letters in any case, as
# bibtex compares them: across inputs, an entry key that differs only in
# case from one taken gives way to the record's own base key.  A key
# made for a record is taken even when an entry that carries it has been
# read already but is still held for its crossref parent: that entry
# then gets its base key.  The same through a pipe, where the reading
# thread keys the records and finds duplicates with one set of hashes.
cat >"$TMP/a.bib" <<'BIB'
@misc{Smith2020, title = {Deep Nets}, author = {John Smith}, year = 2020}
BIB
cat >"$TMP/b.bib" <<'BIB'
@misc{smith2020, title = {Shallow Nets}, author = {Jane Smith}, year = 2020}
@misc{SMITH2020B, title = {Wide Nets}, author = {Jo Smith}, year = 2020}
@inproceedings{doe2021deep, crossref = {proc}, title = {Shallow Trees},
  author = {Ann Roe}}
@misc{Müller2021, title = {Deep Roots}, author = {Bo Doe}, year = 2021}
@proceedings{proc, title = {Proceedings}, year = 2021}
@misc{smith2020b, title = {Twice}, year = 2020}
BIB
"$PUBTOOL" cite -F csv -i "$TMP/a.bib" -i "$TMP/b.bib" >"$TMP/file.csv"
echo "status $?"
cut -d, -f1 "$TMP/file.csv"
cat "$TMP/b.bib" | "$PUBTOOL" cite -F csv -i "$TMP/a.bib" -i - \
    >"$TMP/pipe.csv"
echo "status $?"
cmp "$TMP/file.csv" "$TMP/pipe.csv" && echo "the same through a pipe"
