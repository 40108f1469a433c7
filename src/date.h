#ifndef DATE_H
#define DATE_H

#include <stdbool.h>
#include <stddef.h>

/* A calendar date; month and day are 0 when the precision is lower. */
struct ymd {
	int	 y;
	int	 m;
	int	 d;
};

bool	 date_is_leap(int y);
int	 date_days_in_month(int y, int m);
/*
 * Parses YYYY, YYYY-MM or YYYY-MM-DD exactly (no trailing text) and
 * checks that the date exists.
 */
bool	 date_parse(const char *s, struct ymd *);
/* Writes the date at its own precision into out (at least 11 bytes). */
void	 date_format(const struct ymd *, char *out, size_t size);
/* 1..12 for a month name or its three-letter abbreviation, else 0. */
int	 date_month(const char *name, size_t len);
const char *date_month_abbr(int m);
/*
 * The year of the latest month/day on or before asof; 0 if the day never
 * exists (Feb 30).  "Feb 29" goes back to the last leap year.
 */
int	 date_resolve_year(int m, int d, const struct ymd *asof);
/*
 * The as-of date: opt (YYYY-MM-DD) when given, else SOURCE_DATE_EPOCH,
 * else today in UTC.  Returns false after a usage message when opt or
 * the environment is malformed.
 */
bool	 date_asof(const char *opt, struct ymd *);
int	 date_cmp(const struct ymd *, const struct ymd *);

#endif /* DATE_H */
