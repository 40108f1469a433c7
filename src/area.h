#ifndef AREA_H
#define AREA_H

struct buf;

/*
 * The full name of an area code from the built-in arXiv taxonomy: a full
 * category ("cs.LG", "stat.ML") or a bare code ("LG", "ML"), which is
 * looked up in computer science first, then statistics, electrical
 * engineering, mathematics and physics.  NULL for an unknown code.
 */
const char *area_name(const char *code);
/*
 * Sets b to an area as headings show it: "Machine Learning (LG)", and for
 * a name that already ends in a qualifier, "Machine Learning (stat,
 * ML)"; the code alone when name is NULL, "No area" when code is NULL.
 */
void	 area_heading(struct buf *b, const char *code, const char *name);

#endif /* AREA_H */
