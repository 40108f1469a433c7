# pubtool-filter(1) EXAMPLES: "Keys are those of the whole input, so a
# filtered paper is cited by the key it has in a listing of everything:"
#   $ pubtool filter --title vortex --as-of 2026-11-26 profile/yokota.txt |
#       pubtool cite -F text -w 72 yokota2012fmma
#   R. Yokota and L. A. Barba. FMM-based vortex method for simulation of
#   isotropic turbulence on GPUs, compared with a spectral method. 2012.
"$PUBTOOL" filter --title vortex --as-of 2026-11-26 profile/yokota.txt |
    "$PUBTOOL" cite -F text -w 72 yokota2012fmma
