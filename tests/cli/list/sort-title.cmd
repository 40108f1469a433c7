list --sort title --by none profile/tito.txt
