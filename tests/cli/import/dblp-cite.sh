# DBLP records as BibTeX: @article and @inproceedings from journal and
# booktitle, with volume, pages and DOI; the CoRR record as a preprint.
"$PUBTOOL" import -f dblp -o - dblp/yokota.xml | "$PUBTOOL" cite
