#ifndef VENUE_H
#define VENUE_H

/*
 * What kind of publication a record is, as its venue tells (the rules are
 * in venue.c and in pubtool-cite(1), BibTeX output): the writers of
 * citation formats choose their entry types from it.
 */
enum venue_kind {
	VENUE_PREPRINT,		/* no venue, or a preprint server */
	VENUE_JOURNAL,
	VENUE_PROCEEDINGS
};

/* The kind a venue calls for; NULL or a blank venue is a preprint. */
enum venue_kind venue_kind(const char *venue);

#endif /* VENUE_H */
