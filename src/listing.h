#ifndef LISTING_H
#define LISTING_H

#include <stdbool.h>
#include <stddef.h>

struct buf;
struct record;

/*
 * What the listings (-F text, markdown, html) show of a record, chosen
 * the same way for each; every writer then escapes and lays it out.
 */

/* The title, or "(untitled)"; borrowed from the record. */
const char *listing_title(const struct record *);
/* The date at its own precision, or "undated"; borrowed. */
const char *listing_date(const struct record *);
/* Appends a section heading: "Machine Learning (LG) · 18 papers". */
void	 listing_heading(struct buf *, const char *title, size_t count);
/*
 * Appends the authors joined with ", ", then "et al." for a truncated
 * list; the spaces inside each name (and in "et al.") are written as
 * space, so that a writer can keep names unbroken.
 */
void	 listing_authors(struct buf *, const struct record *, char space);
/*
 * The same, with each spelling of owner's name (stats_same_person())
 * between start and end; owner NULL marks no one.
 */
void	 listing_authors_marked(struct buf *, const struct record *,
	    char space, const char *owner, const char *start, const char *end);
/* Appends s with each space written as space (a glue byte, say). */
void	 listing_spaced(struct buf *, const char *s, char space);
/*
 * Appends the address the title links to, percent-encoded: the DOI (at
 * https://doi.org/), else the arXiv abstract page, else the record's URL
 * when it is http or https.  An identifier stored as an http(s) URL is
 * used as it is.  Returns false, appending nothing, when there is none.
 */
bool	 listing_link(struct buf *, const struct record *);

#endif /* LISTING_H */
