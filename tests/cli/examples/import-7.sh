# pubtool-import(1) EXAMPLES: "Convert a BibTeX file written by others,
# with @string macros, a crossref and accents in TeX, to pubtool YAML:"
#   $ pubtool import -o - bibtex/others.bib
#   ---
#   key: "Yokota2012tuned"
#   ...
#   ---
#   key: "mueller2023naive"
#   title: "Naïve Café Benchmarks for GPU Straße Routing: Ça marche --- Really"
#   authors:
#   - "Jörg Müller"
#   - "José García"
#   - "Søren Østergård"
#   ...
#   et_al: true
#   area: "DC"
#   date: "2023-11-14"
#   venue: "Proceedings of the International Conference for High ..."
#   pages: "1–12"
#   sources:
#   - "bibtex"
#   ...
"$PUBTOOL" import -o - bibtex/others.bib
