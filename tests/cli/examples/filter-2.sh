# pubtool-filter(1) EXAMPLES: "The papers of which Rubèn Tito is the first
# author, however the name is accented or capitalised, as a listing:"
#   $ pubtool filter --author 'ruben tito' --first-author -F text \
#       --as-of 2026-11-26 profile/tito.txt
#   2026-10-03  Elastic Checkpointing for Training Runs That Outlive Their Clusters
#               Rubèn Tito, 山田 花子, Jonas Øster et al.
#
#   2025-12-03  Tail Latency of Collective Operations on Oversubscribed Fabrics
#               Rubèn Tito, Mireia Puig
#   ...
"$PUBTOOL" filter --author 'ruben tito' --first-author -F text \
    --as-of 2026-11-26 profile/tito.txt
