# With no input, cite reads the library: keys are the stored ones.
"$PUBTOOL" import -q -L "$TMP/library.yaml" profile/yokota.txt || exit
"$PUBTOOL" cite -F yaml -L "$TMP/library.yaml" yokota2011tuned ltaief2012data
