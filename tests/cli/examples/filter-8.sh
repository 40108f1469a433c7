# pubtool-filter(1) EXAMPLES: "Keep the keys of a converted file:
# filtering its YAML keeps each record's key, while filtering the
# profile text would give this paper the key 'yokota2012fmm', since the
# other paper that has it is not selected:"
#   $ pubtool import -o - --as-of 2026-11-26 profile/yokota.txt |
#       pubtool filter --title vortex |
#       pubtool cite -F text -w 72 yokota2012fmma
#   R. Yokota and L. A. Barba. FMM-based vortex method for simulation of
#   isotropic turbulence on GPUs, compared with a spectral method. 2012.
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/yokota.txt |
    "$PUBTOOL" filter --title vortex |
    "$PUBTOOL" cite -F text -w 72 yokota2012fmma
# What the page says of the profile text: the key loses its suffix.
"$PUBTOOL" filter --title vortex --as-of 2026-11-26 profile/yokota.txt |
    grep '^key:'
