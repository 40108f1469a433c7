cite -F csljson -i profile/tito.txt --as-of 2026-11-26 tito2018roofline ferreira2024low
