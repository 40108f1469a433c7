#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "date.h"
#include "diag.h"

static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

bool
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

/* Reads exactly n digits at s into *v. */
static bool
digits(const char *s, int n, int *v)
{
	int	 i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return true;
}

bool
date_parse(const char *s, struct ymd *out)
{
	size_t	 len = strlen(s);

	out->y = out->m = out->d = 0;
	if (len != 4 && len != 7 && len != 10)
		return false;
	if (!digits(s, 4, &out->y) || out->y == 0)
		return false;
	if (len == 4)
		return true;
	if (s[4] != '-' || !digits(s + 5, 2, &out->m) || out->m < 1 ||
	    out->m > 12)
		return false;
	if (len == 7)
		return true;
	return s[7] == '-' && digits(s + 8, 2, &out->d) && out->d >= 1 &&
	    out->d <= date_days_in_month(out->y, out->m);
}

/* Writes n (0 to 10^width - 1) as width digits at p; returns the end. */
static char *
put_digits(char *p, int n, int width)
{
	int	 i;

	for (i = width - 1; i >= 0; i--, n /= 10)
		p[i] = (char)('0' + n % 10);
	return p + width;
}

void
date_format(const struct ymd *d, char *out, size_t size)
{
	char	*p = out;

	/* The usual dates without snprintf(), which costs far more. */
	if (size >= 11 && d->y >= 0 && d->y <= 9999 && d->m >= 0 &&
	    d->m <= 12 && d->d >= 0 && d->d <= 31) {
		p = put_digits(p, d->y, 4);
		if (d->m != 0) {
			*p++ = '-';
			p = put_digits(p, d->m, 2);
		}
		if (d->m != 0 && d->d != 0) {
			*p++ = '-';
			p = put_digits(p, d->d, 2);
		}
		*p = '\0';
		return;
	}
	if (d->m == 0)
		snprintf(out, size, "%04d", d->y);
	else if (d->d == 0)
		snprintf(out, size, "%04d-%02d", d->y, d->m);
	else
		snprintf(out, size, "%04d-%02d-%02d", d->y, d->m, d->d);
}

int
date_month(const char *name, size_t len)
{
	int	 i;

	for (i = 0; i < 12; i++) {
		if ((len == 3 || len == strlen(months[i])) &&
		    strncasecmp(name, months[i], len) == 0)
			return i + 1;
		if (i == 8 && len == 4 && strncasecmp(name, "Sept", 4) == 0)
			return 9;
	}
	return 0;
}

const char *
date_month_abbr(int m)
{
	static const char *const abbr[12] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
		"oct", "nov", "dec"
	};

	return m >= 1 && m <= 12 ? abbr[m - 1] : NULL;
}

int
date_cmp(const struct ymd *a, const struct ymd *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}

int
date_resolve_year(int m, int d, const struct ymd *asof)
{
	int	 y;

	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	y = asof->y;
	if (m > asof->m || (m == asof->m && d > asof->d))
		y--;
	/* Feb 29 needs a leap year; one comes within eight years. */
	for (; y > asof->y - 9; y--)
		if (d <= date_days_in_month(y, m))
			return y;
	return 0;
}

bool
date_asof(const char *opt, struct ymd *out)
{
	const char	*env;
	char		*end;
	long long	 secs;
	time_t		 t;
	struct tm	 tm;

	if (opt != NULL) {
		if (!date_parse(opt, out) || out->d == 0) {
			diag_usage(NULL, "invalid --as-of date '%s' "
			    "(expected YYYY-MM-DD)", opt);
			return false;
		}
		return true;
	}
	if ((env = getenv("SOURCE_DATE_EPOCH")) != NULL && *env != '\0') {
		errno = 0;
		secs = strtoll(env, &end, 10);
		if (errno != 0 || *end != '\0' || secs < 0 ||
		    !isdigit((unsigned char)*env)) {
			diag_usage(NULL, "invalid SOURCE_DATE_EPOCH '%s' "
			    "(expected seconds since 1970)", env);
			return false;
		}
		t = (time_t)secs;
	} else
		t = time(NULL);
	if (gmtime_r(&t, &tm) == NULL) {
		diag_usage(NULL, "SOURCE_DATE_EPOCH out of range");
		return false;
	}
	out->y = tm.tm_year + 1900;
	out->m = tm.tm_mon + 1;
	out->d = tm.tm_mday;
	return true;
}
