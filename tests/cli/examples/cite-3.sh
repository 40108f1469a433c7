# pubtool-cite(1) EXAMPLES: "A reference list, wrapped at 72 columns:"
#   $ pubtool cite -F text -w 72 -i profile/tito.txt --as-of 2026-11-26
#   R. Tito, 山田 花子, J. Øster, et al. Elastic Checkpointing for Training
#   Runs That Outlive Their Clusters. 2026.
#
#   R. Tito and M. Puig. Tail Latency of Collective Operations on
#   Oversubscribed Fabrics. 2025.
#
#   A. L. Ferreira and R. Tito. Low-Precision Optimizers Revisited: FP8
#   Moments Without Loss Scaling. 2024.
#
#   山田 花子, 佐藤 太郎, and R. Tito. 分散学習のための通信圧縮ハードウェア:
#   A Case Study. 2023.
#   ...
"$PUBTOOL" cite -F text -w 72 -i profile/tito.txt --as-of 2026-11-26
