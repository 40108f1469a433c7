import -o - profile/crlf-bom.txt
