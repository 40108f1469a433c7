cite -F text -w 60 -i profile/yokota.txt yokota2011tuned lebronnec2026beyond llmjp2024llm
