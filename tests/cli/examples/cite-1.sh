# pubtool-cite(1) EXAMPLES: "BibTeX for two papers of a saved profile
# page, by key (long values are shortened here; each field is one line in
# the output):"
#   $ pubtool cite -i profile/yokota.txt --as-of 2026-11-26 \
#       yokota2011tuned llmjp2024llm
#   @misc{yokota2011tuned,
#     author = {Yokota, Rio and Barba, Lorena},
#     title = {A Tuned and Scalable Fast Multipole Method as a ...},
#     year = {2011},
#     month = oct,
#     keywords = {NA},
#     abstract = {Among the algorithms ... showed 78\% efficiency ...},
#   }
#
#   @misc{llmjp2024llm,
#     author = {{LLM-jp} and Aizawa, Akiko and Aramaki, Eiji and others},
#     title = {{LLM-jp}: A Cross-organizational Project ... {LLMs}},
#     year = {2024},
#     month = jul,
#     keywords = {CL},
#     note = {Code available},
#     abstract = {This paper introduces LLM-jp, a cross-organizational ...},
#   }
"$PUBTOOL" cite -i profile/yokota.txt --as-of 2026-11-26 \
    yokota2011tuned llmjp2024llm
