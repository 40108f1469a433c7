#ifndef AREA_H
#define AREA_H

/*
 * The full name of an area code from the built-in arXiv taxonomy: a full
 * category ("cs.LG", "stat.ML") or a bare code ("LG", "ML"), which is
 * looked up in computer science first, then statistics, electrical
 * engineering, mathematics and physics.  NULL for an unknown code.
 */
const char *area_name(const char *code);

#endif /* AREA_H */
