import -o - -f profile --as-of 2026-11-26 ../tests/bad/profile-rtl-zwj.txt
