filter --since 2022 -F html --fragment yaml/web.yaml
