# pubtool-filter(1) EXAMPLES: "Dates of reduced precision overlap a range:
# the record dated only 2019 is selected from June 2019 on, the one
# undated is not:"
#   $ pubtool filter --since 2019-06 -F text yaml/precision.yaml
#   2019        Dated Only by Its Year
#               Ana Autor
#
#   2019-06     Dated by Its Month
#               Ana Autor
#
#   2020-01-01  Dated the First Day of the Next Year [code]
#               Ben Autor
"$PUBTOOL" filter --since 2019-06 -F text yaml/precision.yaml
