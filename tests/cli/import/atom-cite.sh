# arXiv records as BibTeX: eprint, archiveprefix and primaryclass from
# the Atom fields; the journal_ref and DOI where arXiv has them.
"$PUBTOOL" import -f atom -o - atom/yokota.xml | "$PUBTOOL" cite
