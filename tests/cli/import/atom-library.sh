# Both pages of a multi-page arXiv response into a library, then again:
# the second import changes nothing.
"$PUBTOOL" import -f atom -L "$TMP/library.yaml" atom/yokota.xml \
    atom/yokota-page2.xml
echo "rc=$?"
"$PUBTOOL" import -f atom -L "$TMP/library.yaml" atom/yokota.xml \
    atom/yokota-page2.xml
echo "rc=$?"
"$PUBTOOL" list -L "$TMP/library.yaml" --by none --sort date
