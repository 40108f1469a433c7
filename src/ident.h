#ifndef IDENT_H
#define IDENT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct buf;
struct record;

/*
 * The arXiv identifier in s, without its version, in the arena: s may be
 * an abstract URL (http[s]://[www.|export.]arxiv.org/abs/...), a DBLP
 * CoRR volume ("abs/..."), "arXiv:..." or the bare id.  New-style ids
 * are YYMM.NNNN[N]; old-style ones lose their subject class, as in
 * arXiv's canonical form that DBLP uses too: "math.NA/0601001v1" is
 * "math/0601001".  NULL when s holds no such id.
 */
const char *ident_arxiv(struct arena *, const char *s);
/* The length of an arXiv id without its version suffix ("v2"). */
size_t	 ident_arxiv_len(const char *id);
/*
 * Appends the record's DOI, else, when it has an arXiv id, the DOI arXiv
 * gives every preprint (10.48550/arXiv.ID, without the version).  Returns
 * false, appending nothing, when it has neither.
 */
bool	 ident_doi(struct buf *, const struct record *);
/* The same with the record's URL, else its arXiv abstract page. */
bool	 ident_url(struct buf *, const struct record *);

#endif /* IDENT_H */
