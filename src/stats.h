#ifndef STATS_H
#define STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

struct config_alias;
struct record;

/*
 * One person among the authors, with every spelling of the name that was
 * counted as theirs (pubtool-stats(1), NAME VARIANTS).
 */
struct stats_author {
	const char	 *name;		/* shown: the fullest spelling */
	const char	**variants;	/* every spelling, name first */
	size_t		  nvariants;	/* 0: a given owner no record names */
	size_t		  papers;	/* records naming any of the variants */
	size_t		  first;	/* order of first appearance */
};

/* The papers of one area code, spelled as in the records. */
struct stats_area {
	const char	*code;		/* NULL: the records without an area */
	size_t		 papers;
};

/* The papers of one year. */
struct stats_year {
	int	 year;			/* 0: the undated records */
	size_t	 papers;
};

/*
 * What stats_count() found.  Every string is borrowed from the records
 * (and the owner name) it was given, or from the arena, and is valid
 * until stats_release() and as long as those records live.
 */
struct stats {
	size_t			 papers;
	size_t			 with_code;
	size_t			 et_al;		/* author lists cut short */
	size_t			 undated;
	const char		*first_date;	/* NULL: nothing is dated */
	const char		*last_date;
	/* Most papers first, then by code; the records without one last. */
	struct stats_area	*areas;
	size_t			 nareas;
	/*
	 * Every year from the newest to the oldest, those without papers
	 * included, then the undated records when there are any.
	 */
	struct stats_year	*years;
	size_t			 nyears;
	/* The papers of area i in year j: cells[i * nyears + j]. */
	size_t			*cells;
	/*
	 * The profile owner, given or inferred; name is NULL when no owner
	 * was given and no record has an author.
	 */
	struct stats_author	 owner;
	bool			 owner_inferred;
	/*
	 * The papers that do not name the owner but whose author list is
	 * cut short (et al.), where the owner may be hidden.
	 */
	size_t			 owner_hidden;
	/* Everyone else, most papers first, then by name ignoring case. */
	struct stats_author	*coauthors;
	size_t			 ncoauthors;
	struct arena		 arena;
};

void	 stats_init(struct stats *);
void	 stats_release(struct stats *);
/*
 * Counts the n records into st (which must be freshly initialised).  The
 * owner is the name given by the user, or NULL to infer it: the person
 * on the most papers, the first to appear in the input among equals.
 * The naliases aliases (from the configuration; NULL when there are
 * none) make spellings one person whatever the rules of name variants
 * say: the people that any of an alias's spellings (its name and its
 * variants, written exactly as in the records) belong to are merged
 * into one, shown by the alias's name; an owner given as one of those
 * spellings is that person.
 */
void	 stats_count(struct stats *st, struct record *const *recs, size_t n,
	    const char *owner, const struct config_alias *aliases,
	    size_t naliases);
/*
 * Are a and b spellings of one person's name: the same family name, and
 * initials that agree as far as the shorter list goes, with spelled-out
 * given names equal where both spell them out?  Case, accents and
 * punctuation do not matter.
 */
bool	 stats_same_person(const char *a, const char *b);
/*
 * The per mille of part in whole, rounded half up; 0 when whole is 0.
 * "36.0%" is stats_permille(18, 50) == 360.
 */
unsigned long stats_permille(size_t part, size_t whole);

#endif /* STATS_H */
