/*
 * The RIS writer: the tagged format that Zotero, EndNote and Mendeley
 * import (the RIS specification of Research Information Systems).
 *
 * Each record is one reference: lines "TG  - value" (the tag, two
 * spaces, a hyphen, a space), each ended by CR LF, from a TY line to an
 * "ER  - " line; references are separated by an empty line.  The text is
 * UTF-8, without a byte order mark.
 *
 * Tags, each only when the record has a value, in this order:
 *  - TY: JOUR, CONF, or GEN for a preprint, by venue_kind() (venue.c),
 *    the rules the BibTeX writer's entry types follow; GEN ("generic")
 *    is what Zotero writes for a preprint;
 *  - ID: the citation key (key_cite());
 *  - TI: the title;
 *  - AU: one line per author, "Family, Given" as name_parts() splits the
 *    name, with a suffix after the given names ("King, Martin Luther
 *    Jr."), which Zotero keeps and bibutils reads as a suffix (Zotero
 *    drops the specification's third part, "King, Martin Luther, Jr.",
 *    and bibutils keeps the comma); the name as written when it cannot
 *    be split (a corporate author).  Blank names and et al. are left out;
 *  - T2: the venue: the journal, the proceedings or the preprint server;
 *  - JO: the venue again for a journal paper: bibutils takes the journal
 *    from JO (T2 is an abbreviation to it), Zotero from T2;
 *  - PY: the year;
 *  - DA: "YYYY/MM/DD/", or "YYYY/MM//" for a date without a day, when the
 *    date has a month;
 *  - VL: the volume;
 *  - SP and EP: the first and last page, the pages split at the first
 *    hyphen or dash;
 *  - DO and UR: ident_doi() and ident_url(), so arXiv's DOI and abstract
 *    page when the record has none;
 *  - KW: the area;
 *  - AB: the abstract;
 *  - ER, empty.
 * A value is one line: any run of white space and control characters in
 * it (the line breaks between an abstract's paragraphs too) is written
 * as one space, and none is written at either end.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "format.h"
#include "ident.h"
#include "key.h"
#include "name.h"
#include "record.h"
#include "text.h"
#include "venue.h"
#include "xalloc.h"

/* The TY of each kind of venue. */
static const char *const ris_types[] = {
	[VENUE_PREPRINT] = "GEN",
	[VENUE_JOURNAL] = "JOUR",
	[VENUE_PROCEEDINGS] = "CONF",
};

struct rwriter {
	FILE		*fp;
	size_t		 count;		/* references written */
	struct buf	 ref;		/* the reference being built */
	struct buf	 val;		/* the values of one tag */
};

/* One reference being built: its record and what was decided about it. */
struct rentry {
	const struct record	*r;
	enum venue_kind		 kind;
	struct ymd		 date;	/* y == 0 when undated */
};

/*
 * A tag and what appends its values, each ended by '\n' (which no value
 * holds); nothing when the record has none.
 */
struct ris_tag {
	const char	*tag;
	void		(*values)(const struct rentry *, struct buf *);
};

static void	*rw_open(FILE *, const struct wopts *);
static int	 rw_put(void *, const struct record *);
static int	 rw_close(void *);
static void	 add_value(struct buf *, const char *, size_t);
static void	 add_str(struct buf *, const char *);
static bool	 is_range_dash(int32_t);
static const char *page_split(const char *, size_t *);
static void	 add_lines(struct buf *, const char *, const struct buf *);

static void	 t_type(const struct rentry *, struct buf *);
static void	 t_id(const struct rentry *, struct buf *);
static void	 t_title(const struct rentry *, struct buf *);
static void	 t_authors(const struct rentry *, struct buf *);
static void	 t_venue(const struct rentry *, struct buf *);
static void	 t_journal(const struct rentry *, struct buf *);
static void	 t_year(const struct rentry *, struct buf *);
static void	 t_date(const struct rentry *, struct buf *);
static void	 t_volume(const struct rentry *, struct buf *);
static void	 t_first_page(const struct rentry *, struct buf *);
static void	 t_last_page(const struct rentry *, struct buf *);
static void	 t_doi(const struct rentry *, struct buf *);
static void	 t_url(const struct rentry *, struct buf *);
static void	 t_area(const struct rentry *, struct buf *);
static void	 t_abstract(const struct rentry *, struct buf *);

const struct writer ris_writer = {
	"ris", rw_open, rw_put, NULL, NULL, rw_close, 0
};

/* The tags, in the order they are written; ER follows. */
static const struct ris_tag tags[] = {
	{ "TY", t_type },
	{ "ID", t_id },
	{ "TI", t_title },
	{ "AU", t_authors },
	{ "T2", t_venue },
	{ "JO", t_journal },
	{ "PY", t_year },
	{ "DA", t_date },
	{ "VL", t_volume },
	{ "SP", t_first_page },
	{ "EP", t_last_page },
	{ "DO", t_doi },
	{ "UR", t_url },
	{ "KW", t_area },
	{ "AB", t_abstract },
};

static void *
rw_open(FILE *fp, const struct wopts *opts)
{
	struct rwriter	*w;

	(void)opts;
	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	buf_init(&w->ref);
	buf_init(&w->val);
	return w;
}

static int
rw_close(void *state)
{
	struct rwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->ref);
	buf_release(&w->val);
	free(w);
	return rc;
}

/*
 * Appends s[0..len) as one value and its '\n': every run of white space
 * and control characters as one space, none at either end.  Appends
 * nothing when that leaves nothing.
 */
static void
add_value(struct buf *v, const char *s, size_t len)
{
	size_t		 i, start = v->len;
	unsigned char	 c;
	bool		 space = false;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c <= ' ' || c == 0x7F) {
			space = true;
			continue;
		}
		if (space && v->len > start)
			buf_addc(v, ' ');
		space = false;
		buf_addc(v, (char)c);
	}
	if (v->len > start)
		buf_addc(v, '\n');
}

/* add_value() on a string field, which may be absent. */
static void
add_str(struct buf *v, const char *s)
{
	if (s != NULL)
		add_value(v, s, strlen(s));
}

static bool
is_range_dash(int32_t cp)
{
	return cp == '-' || text_is_dash(cp);
}

/*
 * Splits pages s at its first hyphen or dash: the first page is
 * s[0..*first_len); returns where the last page starts, after the run of
 * dashes, or NULL when there is none.
 */
static const char *
page_split(const char *s, size_t *first_len)
{
	size_t	 i, len = strlen(s);
	int32_t	 cp;
	int	 n;

	for (i = 0; i < len; i += (size_t)n)
		if ((n = text_next(s + i, len - i, &cp)) <= 0)
			n = 1;
		else if (is_range_dash(cp))
			break;
	*first_len = i;
	while (i < len && (n = text_next(s + i, len - i, &cp)) > 0 &&
	    is_range_dash(cp))
		i += (size_t)n;
	return i < len ? s + i : NULL;
}

static void
t_type(const struct rentry *e, struct buf *v)
{
	add_str(v, ris_types[e->kind]);
}

/* Keys, DOIs and URLs are record strings, which hold no line break. */
static void
t_id(const struct rentry *e, struct buf *v)
{
	key_cite(v, e->r);
	buf_addc(v, '\n');
}

static void
t_title(const struct rentry *e, struct buf *v)
{
	add_str(v, e->r->title);
}

/* One value per author: "Family, Given[ Suffix]", or the name whole. */
static void
t_authors(const struct rentry *e, struct buf *v)
{
	struct buf	 b;
	struct name	 n;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < e->r->authors.n; i++) {
		buf_reset(&b);
		if (!name_parts(e->r->authors.v[i], &n))
			buf_addstr(&b, e->r->authors.v[i]);
		else {
			buf_add(&b, n.family, n.family_len);
			if (n.given_len > 0 || n.suffix != NULL)
				buf_addstr(&b, ", ");
			buf_add(&b, n.given, n.given_len);
			if (n.given_len > 0 && n.suffix != NULL)
				buf_addc(&b, ' ');
			if (n.suffix != NULL)
				buf_add(&b, n.suffix, n.suffix_len);
		}
		add_value(v, b.data, b.len);
	}
	buf_release(&b);
}

static void
t_venue(const struct rentry *e, struct buf *v)
{
	add_str(v, e->r->venue);
}

static void
t_journal(const struct rentry *e, struct buf *v)
{
	if (e->kind == VENUE_JOURNAL)
		add_str(v, e->r->venue);
}

static void
t_year(const struct rentry *e, struct buf *v)
{
	if (e->date.y != 0)
		buf_addf(v, "%04d\n", e->date.y);
}

static void
t_date(const struct rentry *e, struct buf *v)
{
	if (e->date.y == 0 || e->date.m == 0)
		return;
	buf_addf(v, "%04d/%02d/", e->date.y, e->date.m);
	if (e->date.d != 0)
		buf_addf(v, "%02d", e->date.d);
	buf_addstr(v, "/\n");
}

static void
t_volume(const struct rentry *e, struct buf *v)
{
	add_str(v, e->r->volume);
}

static void
t_first_page(const struct rentry *e, struct buf *v)
{
	size_t	 len;

	if (e->r->pages == NULL)
		return;
	(void)page_split(e->r->pages, &len);
	add_value(v, e->r->pages, len);
}

static void
t_last_page(const struct rentry *e, struct buf *v)
{
	const char	*last;
	size_t		 len;

	if (e->r->pages != NULL &&
	    (last = page_split(e->r->pages, &len)) != NULL)
		add_str(v, last);
}

static void
t_doi(const struct rentry *e, struct buf *v)
{
	if (ident_doi(v, e->r))
		buf_addc(v, '\n');
}

static void
t_url(const struct rentry *e, struct buf *v)
{
	if (ident_url(v, e->r))
		buf_addc(v, '\n');
}

static void
t_area(const struct rentry *e, struct buf *v)
{
	add_str(v, e->r->area);
}

static void
t_abstract(const struct rentry *e, struct buf *v)
{
	add_str(v, e->r->abstract);
}

/* Appends a line "TG  - value" ended by CR LF for each value in vals. */
static void
add_lines(struct buf *out, const char *tag, const struct buf *vals)
{
	const char	*p, *nl;

	for (p = vals->data; p != NULL && p < vals->data + vals->len;
	    p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(vals->data + vals->len - p));
		if (nl == NULL)
			break;
		buf_addf(out, "%s  - %.*s\r\n", tag, (int)(nl - p), p);
	}
}

/* Writes one reference, after an empty line unless it is the first. */
static int
rw_put(void *state, const struct record *r)
{
	struct rwriter	*w = state;
	struct rentry	 e;
	size_t		 i;

	memset(&e, 0, sizeof(e));
	e.r = r;
	e.kind = venue_kind(r->venue);
	if (r->date == NULL || !date_parse(r->date, &e.date))
		memset(&e.date, 0, sizeof(e.date));
	buf_reset(&w->ref);
	if (w->count > 0)
		buf_addstr(&w->ref, "\r\n");
	for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		buf_reset(&w->val);
		tags[i].values(&e, &w->val);
		add_lines(&w->ref, tags[i].tag, &w->val);
	}
	buf_addstr(&w->ref, "ER  - \r\n");
	w->count++;
	if (fwrite(w->ref.data, 1, w->ref.len, w->fp) != w->ref.len)
		return -1;
	return 0;
}
