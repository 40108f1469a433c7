import -o - ../tests/bad/yaml-retype.yaml ../tests/bad/xml-wrong-namespace-entry.xml ../tests/bad/csv-crlf-embedded.csv ../tests/bad/bibtex-keys.bib ../tests/bad/profile-rtl-zwj.txt
