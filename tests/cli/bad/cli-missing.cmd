import -o - ../tests/bad/no-such-file.txt ../tests/bad/profile-no-newline.txt --as-of 2026-11-26
