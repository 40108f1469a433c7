# --version names the program and its version on the first line.
"$PUBTOOL" --version | head -n 1
