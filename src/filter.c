/*
 * Record predicates for pubtool filter: area, date range, year, author,
 * title pattern, free text, code.  Text comparisons fold case, accents
 * and punctuation (text_search_fold), so "ruben tito" finds "Rubèn Tito".
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "diag.h"
#include "filter.h"
#include "record.h"
#include "text.h"
#include "xalloc.h"

/* Splits a comma list into a NULL-terminated array; false if empty. */
static bool
split_areas(const char *list, char ***out)
{
	const char	*p, *comma;
	char		**v;
	size_t		 n = 0, len;

	v = xcalloc(strlen(list) + 2, sizeof(*v));
	for (p = list; ; p = comma + 1) {
		comma = strchr(p, ',');
		len = comma != NULL ? (size_t)(comma - p) : strlen(p);
		while (len > 0 && *p == ' ') {
			p++;
			len--;
		}
		while (len > 0 && p[len - 1] == ' ')
			len--;
		if (len > 0)
			v[n++] = xstrndup(p, len);
		if (comma == NULL)
			break;
	}
	*out = v;
	return n > 0;
}

/*
 * Parses a date option into the first (or last) day it covers: "2019"
 * starts on 2019-01-01 and ends on 2019-12-31.
 */
static bool
range_day(const char *s, bool last, struct ymd *d)
{
	if (!date_parse(s, d))
		return false;
	if (d->m == 0)
		d->m = last ? 12 : 1;
	if (d->d == 0)
		d->d = last ? date_days_in_month(d->y, d->m) : 1;
	return true;
}

/* Folds s for searching; NULL when it folds to nothing. */
static char *
fold(const char *s)
{
	struct buf	 b;

	buf_init(&b);
	text_search_fold(&b, s);
	if (b.len == 0) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

bool
filter_init(struct filter *f, const struct filter_spec *spec,
    const char *cmd)
{
	struct ymd	 d;
	char		 msg[256];
	int		 rc;

	memset(f, 0, sizeof(*f));
	buf_init(&f->scratch);
	f->first_author = spec->first_author;
	f->code = spec->code;
	f->invert = spec->invert;
	if (spec->areas != NULL && !split_areas(spec->areas, &f->areas)) {
		diag_usage(cmd, "--area needs at least one area code");
		return false;
	}
	if (spec->since != NULL) {
		if (!range_day(spec->since, false, &f->since)) {
			diag_usage(cmd, "invalid --since '%s' (expected YYYY, "
			    "YYYY-MM or YYYY-MM-DD)", spec->since);
			return false;
		}
		f->has_since = true;
	}
	if (spec->until != NULL) {
		if (!range_day(spec->until, true, &f->until)) {
			diag_usage(cmd, "invalid --until '%s' (expected YYYY, "
			    "YYYY-MM or YYYY-MM-DD)", spec->until);
			return false;
		}
		f->has_until = true;
	}
	if (f->has_since && f->has_until &&
	    date_cmp(&f->since, &f->until) > 0) {
		diag_usage(cmd, "--since '%s' is after --until '%s'",
		    spec->since, spec->until);
		return false;
	}
	if (spec->year != NULL) {
		if (!date_parse(spec->year, &d) || d.m != 0) {
			diag_usage(cmd, "invalid --year '%s' (expected YYYY)",
			    spec->year);
			return false;
		}
		f->year = d.y;
	}
	if (spec->author != NULL && (f->author = fold(spec->author)) == NULL) {
		diag_usage(cmd, "--author needs a name");
		return false;
	}
	if (spec->first_author && f->author == NULL) {
		diag_usage(cmd, "--first-author needs --author");
		return false;
	}
	if (spec->grep != NULL && (f->grep = fold(spec->grep)) == NULL) {
		diag_usage(cmd, "--grep needs some text");
		return false;
	}
	if (spec->title != NULL) {
		rc = regcomp(&f->title, spec->title,
		    REG_EXTENDED | REG_ICASE | REG_NOSUB);
		if (rc != 0) {
			regerror(rc, &f->title, msg, sizeof(msg));
			diag_usage(cmd, "invalid --title pattern '%s': %s",
			    spec->title, msg);
			return false;
		}
		f->has_title = true;
	}
	return true;
}

void
filter_release(struct filter *f)
{
	size_t	 i;

	for (i = 0; f->areas != NULL && f->areas[i] != NULL; i++)
		free(f->areas[i]);
	free(f->areas);
	free(f->author);
	free(f->grep);
	if (f->has_title)
		regfree(&f->title);
	buf_release(&f->scratch);
	memset(f, 0, sizeof(*f));
}

bool
filter_area_matches(const char *want, const char *area)
{
	const char	*dw, *da;

	if (strcasecmp(want, area) == 0)
		return true;
	dw = strrchr(want, '.');
	da = strrchr(area, '.');
	if (dw == NULL && da != NULL)
		return strcasecmp(want, da + 1) == 0;
	if (dw != NULL && da == NULL)
		return strcasecmp(dw + 1, area) == 0;
	return false;
}

/*
 * Is needle in hay as whole words?  Both are search-folded, so words are
 * separated by single spaces.
 */
static bool
has_words(const char *hay, const char *needle)
{
	size_t		 n = strlen(needle);
	const char	*p;

	for (p = hay; (p = strstr(p, needle)) != NULL; p++)
		if ((p == hay || p[-1] == ' ') &&
		    (p[n] == '\0' || p[n] == ' '))
			return true;
	return false;
}

/* Does the folded form of s contain needle (whole words if words)? */
static bool
text_has(struct filter *f, const char *s, const char *needle, bool words)
{
	if (s == NULL)
		return false;
	buf_reset(&f->scratch);
	text_search_fold(&f->scratch, s);
	if (words)
		return has_words(buf_str(&f->scratch), needle);
	return strstr(buf_str(&f->scratch), needle) != NULL;
}

static bool
match_author(struct filter *f, const struct record *r)
{
	size_t	 i, n;

	n = f->first_author ? (r->authors.n > 0 ? 1 : 0) : r->authors.n;
	for (i = 0; i < n; i++)
		if (text_has(f, r->authors.v[i], f->author, true))
			return true;
	return false;
}

static bool
match_grep(struct filter *f, const struct record *r)
{
	size_t	 i;

	if (text_has(f, r->title, f->grep, false) ||
	    text_has(f, r->abstract, f->grep, false))
		return true;
	for (i = 0; i < r->authors.n; i++)
		if (text_has(f, r->authors.v[i], f->grep, false))
			return true;
	return false;
}

/*
 * Does the record's date overlap the range?  A record dated only "2019"
 * is inside --since 2019-06 and inside --until 2019-03.
 */
static bool
match_dates(const struct filter *f, const struct record *r)
{
	struct ymd	 first, last;

	if (r->date == NULL || !range_day(r->date, false, &first) ||
	    !range_day(r->date, true, &last))
		return false;
	if (f->has_since && date_cmp(&last, &f->since) < 0)
		return false;
	if (f->has_until && date_cmp(&first, &f->until) > 0)
		return false;
	return true;
}

/* Do all the criteria hold? */
static bool
match_all(struct filter *f, const struct record *r)
{
	size_t	 i;
	bool	 ok;

	if (f->areas != NULL) {
		ok = false;
		for (i = 0; !ok && f->areas[i] != NULL; i++)
			ok = r->area != NULL &&
			    filter_area_matches(f->areas[i], r->area);
		if (!ok)
			return false;
	}
	if ((f->has_since || f->has_until) && !match_dates(f, r))
		return false;
	if (f->year != 0 && record_year(r) != f->year)
		return false;
	if (f->code && !r->code)
		return false;
	if (f->has_title && (r->title == NULL ||
	    regexec(&f->title, r->title, 0, NULL, 0) != 0))
		return false;
	if (f->author != NULL && !match_author(f, r))
		return false;
	if (f->grep != NULL && !match_grep(f, r))
		return false;
	return true;
}

bool
filter_match(struct filter *f, const struct record *r)
{
	return match_all(f, r) != f->invert;
}
