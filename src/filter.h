#ifndef FILTER_H
#define FILTER_H

#include <regex.h>
#include <stdbool.h>

#include "buf.h"
#include "date.h"

struct record;

/*
 * The selection pubtool filter makes, as given on the command line.
 * Every criterion that is set must hold (AND); invert negates the whole.
 */
struct filter_spec {
	const char	*areas;		/* comma list of area codes */
	const char	*since;		/* YYYY, YYYY-MM or YYYY-MM-DD */
	const char	*until;
	const char	*year;		/* YYYY */
	const char	*author;
	bool		 first_author;	/* author must be the first one */
	const char	*title;		/* extended regular expression */
	const char	*grep;		/* text in title, authors, abstract */
	bool		 code;
	bool		 invert;
};

/* A compiled selection. */
struct filter {
	char		**areas;	/* NULL-terminated, as given */
	bool		 has_since, has_until;
	struct ymd	 since, until;	/* first and last day of the range */
	int		 year;		/* 0: any */
	char		*author;	/* search-folded, or NULL */
	bool		 first_author;
	bool		 has_title;
	regex_t		 title;
	char		*grep;		/* search-folded, or NULL */
	bool		 code;
	bool		 invert;
	struct buf	 scratch;
};

/*
 * Compiles spec into f.  Returns false after a usage message naming the
 * bad option (cmd is the command name for the message).
 */
bool	 filter_init(struct filter *f, const struct filter_spec *spec,
	    const char *cmd);
void	 filter_release(struct filter *);
/* Does the record pass the selection? */
bool	 filter_match(struct filter *, const struct record *);
/*
 * Do two area codes name the same area?  Case does not matter, and a bare
 * code matches a category of any archive: "CV" is "cs.CV".
 */
bool	 filter_area_matches(const char *want, const char *area);

#endif /* FILTER_H */
