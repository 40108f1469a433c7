# The main job: import a profile into a library, then list the library.
"$PUBTOOL" import -L "$TMP/library.yaml" profile/tito.txt || exit
"$PUBTOOL" list -L "$TMP/library.yaml"
