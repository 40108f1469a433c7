#ifndef RECORD_H
#define RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

/* A list of strings borrowed from the arena of the record's owner. */
struct strlist {
	const char	**v;
	size_t		  n;
};

/*
 * One paper (pubtool-records(5)).  Every string is valid NFC UTF-8, NULL
 * when absent, and borrowed from the arena of whoever made the record.
 */
struct record {
	struct srcpos	 pos;		/* where the record started */
	const char	*key;
	const char	*title;
	struct strlist	 authors;
	bool		 et_al;
	struct strlist	 orgs;
	const char	*area;
	const char	*date;		/* YYYY, YYYY-MM or YYYY-MM-DD */
	bool		 code;
	const char	*score;		/* a decimal number, kept as written */
	const char	*abstract;
	const char	*arxiv;
	const char	*doi;
	const char	*venue;
	const char	*url;
	const char	*pages;
	const char	*volume;
	struct strlist	 sources;
};

/* A profile's header figures; -1 marks a figure the profile did not give. */
struct profile {
	long	 h_index;
	long	 papers;
	long	 citations;
	long	 novelty;	/* per cent */
	long	 ai_score;
	long	 listed;	/* the "N Papers" heading */
};

/* The string fields, in the order the YAML writer emits them. */
enum record_field {
	RF_KEY, RF_TITLE, RF_AREA, RF_DATE, RF_SCORE, RF_ABSTRACT, RF_ARXIV,
	RF_DOI, RF_VENUE, RF_URL, RF_PAGES, RF_VOLUME, RF_NSTRING
};

/*
 * What a reader hands over: called once per good record (the record and
 * its strings are valid only during the call) and once per profile
 * header.  A non-zero return stops the reader, which returns that value.
 */
struct sink {
	int	(*record)(void *arg, const struct record *);
	int	(*profile)(void *arg, const struct profile *);
	void	*arg;
};

/* A set of records that owns them and their strings. */
struct recset {
	struct arena	  arena;
	struct record	**recs;
	size_t		  n;
	size_t		  cap;
	bool		  has_profile;
	struct profile	  profile;
	const char	 *file;		/* the last pos.file copied, shared */
};

void	 record_init(struct record *);
void	 profile_init(struct profile *);
bool	 profile_equal(const struct profile *, const struct profile *);
/* The address of a string field, to walk fields as data. */
const char **record_field(struct record *, enum record_field);
const char *record_field_get(const struct record *, enum record_field);
/* A deep copy of rec with every string in the arena. */
struct record *record_copy(struct arena *, const struct record *);
/*
 * The same without the string fields in omit, a set of bits
 * (1u << RF_x): those are NULL in the copy.
 */
struct record *record_copy_omit(struct arena *, const struct record *,
		    unsigned omit);
/* Appends s to the list, growing it in the arena. */
void	 strlist_add(struct arena *, struct strlist *, const char *s);
bool	 strlist_has(const struct strlist *, const char *s);
bool	 strlist_equal(const struct strlist *, const struct strlist *);
/* The year of the record's date, or 0 when undated. */
int	 record_year(const struct record *);

void	 recset_init(struct recset *);
void	 recset_release(struct recset *);
/* Adds a copy of rec; the copy is returned, borrowed from the set. */
struct record *recset_add(struct recset *, const struct record *);
/*
 * Adds a copy of rec without the string fields in omit (as
 * record_copy_omit()), for a command that holds only what it uses.
 */
struct record *recset_add_omit(struct recset *, const struct record *,
		    unsigned omit);

#endif /* RECORD_H */
