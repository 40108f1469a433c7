# libxml2 is loaded only when XML is read.  With a broken libxml2.so.2
# first on the library path, --version and a profile listing still work;
# importing XML says once that libxml2 cannot be loaded and exits 4.
: >"$TMP/libxml2.so.2"
LD_LIBRARY_PATH=$TMP
export LD_LIBRARY_PATH
"$PUBTOOL" --version >/dev/null
echo "version: rc $?"
"$PUBTOOL" list --as-of 2026-11-26 profile/yokota.txt >"$TMP/out"
echo "list: rc $?"
sed -n 1p "$TMP/out"
"$PUBTOOL" import -o - dblp/yokota.xml atom/yokota.xml
echo "import: rc $?"
