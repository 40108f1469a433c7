#ifndef IDENT_H
#define IDENT_H

struct arena;

/*
 * The arXiv identifier in s, without its version, in the arena: s may be
 * an abstract URL (http[s]://[www.|export.]arxiv.org/abs/...), a DBLP
 * CoRR volume ("abs/..."), "arXiv:..." or the bare id.  New-style ids
 * are YYMM.NNNN[N]; old-style ones lose their subject class, as in
 * arXiv's canonical form that DBLP uses too: "math.NA/0601001v1" is
 * "math/0601001".  NULL when s holds no such id.
 */
const char *ident_arxiv(struct arena *, const char *s);

#endif /* IDENT_H */
