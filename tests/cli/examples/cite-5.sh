# pubtool-cite(1) EXAMPLES: "A key that is not found is reported, the
# others are cited, and the exit status is 1:"
#   $ pubtool cite -F text -i profile/tito.txt tito2018roofline nobody2020none
#   R. Tito and J. Øster. A Roofline Model for Tensor Cores. 2018.
#   pubtool: cite: key 'nobody2020none' not found
#   $ echo $?
#   1
"$PUBTOOL" cite -F text -i profile/tito.txt tito2018roofline nobody2020none
echo $?
