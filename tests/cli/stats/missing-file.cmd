stats missing.txt
