stats --format csv --as-of 2026-11-26 profile/tito.txt profile/crlf-bom.txt
