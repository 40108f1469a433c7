filter --invert --area LG,CV,CL -F text --as-of 2026-11-26 profile/yokota.txt
