#ifndef TESTS_H
#define TESTS_H

#include <stdbool.h>
#include <stddef.h>

#include <check.h>

#include "date.h"
#include "format.h"
#include "record.h"

struct reader;
struct writer;

/* One suite per module, each in tests/unit/test_<module>.c. */
Suite	*arena_suite(void);
Suite	*atom_read_suite(void);
Suite	*bibtex_read_suite(void);
Suite	*bibtex_write_suite(void);
Suite	*buf_suite(void);
Suite	*csljson_write_suite(void);
Suite	*config_suite(void);
Suite	*color_suite(void);
Suite	*csv_read_suite(void);
Suite	*csv_write_suite(void);
Suite	*date_suite(void);
Suite	*dblp_read_suite(void);
Suite	*escape_suite(void);
Suite	*filter_suite(void);
Suite	*hashset_suite(void);
Suite	*area_suite(void);
Suite	*venue_suite(void);
Suite	*json_suite(void);
Suite	*key_suite(void);
Suite	*listing_suite(void);
Suite	*merge_suite(void);
Suite	*pipeline_suite(void);
Suite	*profile_read_suite(void);
Suite	*progress_suite(void);
Suite	*record_suite(void);
Suite	*ref_write_suite(void);
Suite	*ris_write_suite(void);
Suite	*stats_suite(void);
Suite	*stream_suite(void);
Suite	*swar_suite(void);
Suite	*strmap_suite(void);
Suite	*text_suite(void);
Suite	*usage_suite(void);
Suite	*yaml_suite(void);

/* The as-of date every reader test uses unless it sets its own. */
#define TEST_ASOF	"2026-11-26"

/*
 * What a reader made of one input.  The first two members are inputs
 * that readres_init() sets to defaults (TEST_ASOF, no stop); the rest
 * are filled in by read_input().
 */
struct readres {
	/* In: the as-of date, after how many records the sink stops by
	   returning 7 (0: never), and the limits. */
	struct ymd	 asof;
	size_t		 stop_after;
	struct limits	 limits;	/* limits_default */
	/* Out: the records (and any profile), the number of profile
	   headers, every message (owned), diag_count() of errors and
	   warnings, and what read() returned. */
	struct recset	 set;
	unsigned long	 nprofiles;
	char		*diag;
	unsigned long	 nerrors;
	unsigned long	 nwarnings;
	unsigned long	 nrejects;	/* diag_rejects(): records dropped */
	int		 rc;
};

void	 readres_init(struct readres *);
void	 readres_release(struct readres *);
/*
 * A sink that keeps the records and profiles into res as read_input()
 * does (stopping after res->stop_after records).
 */
struct sink readres_sink(struct readres *res);
/*
 * Runs reader on s[0..len), which it reads as standard input (so
 * messages name "<stdin>"), collecting the records into res->set and the
 * diagnostics into res->diag.
 */
void	 read_input(const struct reader *, const char *s, size_t len,
	    struct readres *res);
/* The same on what can be read from descriptor fd. */
void	 read_fd(const struct reader *, int fd, struct readres *res);
/* The same on an input that fails to read (a directory). */
void	 read_unreadable(const struct reader *, struct readres *res);
/*
 * Makes fd the standard input and returns a descriptor of the old one
 * for stdin_restore(), which puts it back (so tests also work with
 * CK_FORK=no).
 */
int	 stdin_replace(int fd);
void	 stdin_restore(int saved);
/* read_input() on a C string. */
void	 read_str(const struct reader *, const char *s,
	    struct readres *res);

/*
 * Writes n records, after a profile when p is not NULL, with writer w
 * and returns the output, owned by the caller (free()).  Fails the test
 * when a writer call fails.
 */
char	*write_records(const struct writer *w, const struct record *recs,
	    size_t n, const struct profile *p);

/* Sets l to the strings of the NULL-terminated array v (borrowed). */
void	 strlist_set(struct arena *, struct strlist *,
	    const char *const *v);
/* Asserts that the list holds exactly the NULL-terminated array v. */
void	 check_strlist(const struct strlist *, const char *const *v);
/* Asserts that two records agree in every field but their positions. */
void	 check_record_eq(const struct record *, const struct record *);

#endif /* TESTS_H */
