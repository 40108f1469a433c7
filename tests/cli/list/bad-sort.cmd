list --sort size profile/tito.txt
