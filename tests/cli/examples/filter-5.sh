# pubtool-filter(1) EXAMPLES: "Everything outside machine learning,
# vision and language:"
#   $ pubtool filter --invert --area LG,CV,CL -F text \
#       --as-of 2026-11-26 profile/yokota.txt
"$PUBTOOL" filter --invert --area LG,CV,CL -F text \
    --as-of 2026-11-26 profile/yokota.txt
