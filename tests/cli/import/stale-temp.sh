# A writer killed with SIGKILL leaves its temporary file behind; the next
# import removes it under the lock.  Other files are left alone.
mkdir "$TMP/lib"
: >"$TMP/lib/.library.yaml.AbC123"
: >"$TMP/lib/.library.yaml.keep-me"
: >"$TMP/lib/.other.yaml.AbC123"
"$PUBTOOL" import -q -L "$TMP/lib/library.yaml" profile/tito.txt || exit
ls -A "$TMP/lib"
