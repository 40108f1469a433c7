/*
 * The DBLP reader (pubtool-records(5), DBLP XML): the XML export of a
 * dblp person page (a dblpperson root; each r element wraps one record)
 * and the full dblp.xml dump (a dblp root with the records right below
 * it).  A record is an article, inproceedings, proceedings, incollection,
 * book, phdthesis, mastersthesis or informal element; homepages (www),
 * person and data records and everything else are skipped.
 *
 *	author		authors, in order, without dblp's disambiguation
 *			number ("Rio Yokota 0001" -> "Rio Yokota");
 *			editors stand in when there is no author
 *			(proceedings volumes)
 *	title		title, without the full stop dblp ends it with
 *	year, month	date (YYYY, or YYYY-MM with a month)
 *	journal		venue; else booktitle
 *	pages, volume	pages, volume
 *	ee		doi (https://doi.org/...), else arxiv
 *			(arxiv.org/abs/...), else url
 *
 * A CoRR record (journal "CoRR", volume "abs/ID") is a preprint: it
 * gives an arXiv id, and neither venue nor volume.
 *
 * The dump is gigabytes and uses the named character entities of its
 * dblp.dtd (&eacute;): xml.c streams it one record at a time and loads
 * that dblp.dtd, from next to the dump and from nowhere else.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "ident.h"
#include "record.h"
#include "stream.h"
#include "xml.h"

/* What a child element of a record gives. */
enum dfield {
	DF_AUTHOR, DF_EDITOR, DF_TITLE, DF_YEAR, DF_MONTH, DF_JOURNAL,
	DF_BOOKTITLE, DF_PAGES, DF_VOLUME, DF_EE
};

/* The record elements. */
static const char *const kinds[] = {
	"article", "inproceedings", "proceedings", "incollection", "book",
	"phdthesis", "mastersthesis", "informal"
};

/* The child elements read, as data. */
static const struct dblp_field {
	const char	*name;
	enum dfield	 field;
} fields[] = {
	{ "author",	DF_AUTHOR },
	{ "editor",	DF_EDITOR },
	{ "title",	DF_TITLE },
	{ "year",	DF_YEAR },
	{ "month",	DF_MONTH },
	{ "journal",	DF_JOURNAL },
	{ "booktitle",	DF_BOOKTITLE },
	{ "pages",	DF_PAGES },
	{ "volume",	DF_VOLUME },
	{ "ee",		DF_EE },
};

/* The prefixes of a DOI link. */
static const char *const doi_links[] = {
	"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
	"http://dx.doi.org/"
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* One record being read: its fields as written, before they are used. */
struct draft {
	const char	*key;
	const char	*title;
	const char	*year;
	const char	*month;
	const char	*journal;
	const char	*booktitle;
	const char	*volume;
	struct strlist	 editors;
};

struct dreader {
	struct xml		*x;
	const struct sink	*sink;
	struct arena		 arena;	/* the record in hand */
	struct record		 rec;
	struct draft		 d;
};

static int	 dblp_read(struct stream *, const struct readopts *,
		    const struct sink *);
static bool	 is_record(const char *, const char *);
static int	 read_record(struct dreader *, const struct xml_node *);
static bool	 read_field(struct dreader *, const struct xml_node *,
		    enum dfield);
static void	 read_ee(struct dreader *, const char *);
static const char *person_name(struct arena *, const char *);
static bool	 finish(struct dreader *);
static void	 bad(struct dreader *, const char *);

const struct reader dblp_reader = { "dblp", dblp_read, false, NULL };

/* Is ns:name (ns NULL: no namespace) one of the record elements? */
static bool
is_record(const char *ns, const char *name)
{
	size_t	 i;

	if (ns != NULL)
		return false;
	for (i = 0; i < NELEM(kinds); i++)
		if (strcmp(kinds[i], name) == 0)
			return true;
	return false;
}

/*
 * A person's name without dblp's disambiguation number: dblp tells
 * homonyms apart by a four-digit suffix ("Rio Yokota 0001").
 */
static const char *
person_name(struct arena *a, const char *s)
{
	size_t	 n = strlen(s);

	if (n > 5 && s[n - 5] == ' ' && isdigit((unsigned char)s[n - 4]) &&
	    isdigit((unsigned char)s[n - 3]) &&
	    isdigit((unsigned char)s[n - 2]) &&
	    isdigit((unsigned char)s[n - 1]))
		return arena_strndup(a, s, n - 5);
	return s;
}

/* Sorts one electronic edition link into doi, arxiv or url. */
static void
read_ee(struct dreader *r, const char *s)
{
	const char	*id;
	size_t		 i, n;

	for (i = 0; i < NELEM(doi_links); i++) {
		n = strlen(doi_links[i]);
		if (strncmp(s, doi_links[i], n) == 0 &&
		    strncmp(s + n, "10.", 3) == 0) {
			if (r->rec.doi == NULL)
				r->rec.doi = s + n;
			return;
		}
	}
	if ((id = ident_arxiv(&r->arena, s)) != NULL) {
		if (r->rec.arxiv == NULL)
			r->rec.arxiv = id;
		return;
	}
	if (r->rec.url == NULL && *s != '\0')
		r->rec.url = s;
}

/* Reads one child element; false when its text was refused (reported). */
static bool
read_field(struct dreader *r, const struct xml_node *el, enum dfield f)
{
	const char	*s;

	if ((s = xml_text(r->x, el, &r->arena, true)) == NULL)
		return false;
	if (*s == '\0')
		return true;
	switch (f) {
	case DF_AUTHOR:
		strlist_add(&r->arena, &r->rec.authors,
		    person_name(&r->arena, s));
		break;
	case DF_EDITOR:
		strlist_add(&r->arena, &r->d.editors,
		    person_name(&r->arena, s));
		break;
	case DF_TITLE:
		if (r->d.title == NULL)
			r->d.title = s;
		break;
	case DF_YEAR:
		if (r->d.year == NULL)
			r->d.year = s;
		break;
	case DF_MONTH:
		if (r->d.month == NULL)
			r->d.month = s;
		break;
	case DF_JOURNAL:
		if (r->d.journal == NULL)
			r->d.journal = s;
		break;
	case DF_BOOKTITLE:
		if (r->d.booktitle == NULL)
			r->d.booktitle = s;
		break;
	case DF_PAGES:
		if (r->rec.pages == NULL)
			r->rec.pages = s;
		break;
	case DF_VOLUME:
		if (r->d.volume == NULL)
			r->d.volume = s;
		break;
	case DF_EE:
		read_ee(r, s);
		break;
	}
	return true;
}

/* Reports what is wrong with the record in hand, which is dropped. */
static void
bad(struct dreader *r, const char *what)
{
	if (r->d.key != NULL)
		diag(DIAG_ERROR, &r->rec.pos, "record '%s' %s", r->d.key, what);
	else
		diag(DIAG_ERROR, &r->rec.pos, "record %s", what);
}

/*
 * Makes the record from the fields read; false when it has no title, no
 * author or a malformed year (reported).
 */
static bool
finish(struct dreader *r)
{
	struct draft	*d = &r->d;
	struct ymd	 ymd;
	char		 date[16];
	size_t		 n;
	char		*t;

	if (d->title == NULL) {
		bad(r, "has no title");
		return false;
	}
	/* "Title." -> "Title", but "Title..." stays. */
	n = strlen(d->title);
	if (n > 1 && d->title[n - 1] == '.' && d->title[n - 2] != '.') {
		t = arena_strndup(&r->arena, d->title, n - 1);
		n--;
		while (n > 0 && t[n - 1] == ' ')
			t[--n] = '\0';
		d->title = t;
	}
	r->rec.title = d->title;
	if (r->rec.authors.n == 0)
		r->rec.authors = d->editors;
	if (r->rec.authors.n == 0) {
		bad(r, "has no authors");
		return false;
	}
	if (d->year != NULL) {
		if (strlen(d->year) != 4 || !date_parse(d->year, &ymd)) {
			if (d->key != NULL)
				diag(DIAG_ERROR, &r->rec.pos, "invalid year "
				    "'%s' in record '%s'", d->year, d->key);
			else
				diag(DIAG_ERROR, &r->rec.pos, "invalid year "
				    "'%s'", d->year);
			return false;
		}
		if (d->month != NULL &&
		    (ymd.m = date_month(d->month, strlen(d->month))) == 0)
			diag(DIAG_WARN, &r->rec.pos, "ignoring unknown month "
			    "'%s'", d->month);
		date_format(&ymd, date, sizeof(date));
		r->rec.date = arena_strdup(&r->arena, date);
	}
	if (d->journal != NULL && strcmp(d->journal, "CoRR") == 0) {
		/* arXiv's preprint: an id, but no venue or volume. */
		if (r->rec.arxiv == NULL && d->volume != NULL)
			r->rec.arxiv = ident_arxiv(&r->arena, d->volume);
	} else {
		r->rec.venue = d->journal != NULL ? d->journal :
		    d->booktitle;
		r->rec.volume = d->volume;
	}
	strlist_add(&r->arena, &r->rec.sources, "dblp");
	return true;
}

/*
 * Reads one record element and hands it to the sink, or reports why it
 * is dropped.  Returns 0 or the sink's stop value.
 */
static int
read_record(struct dreader *r, const struct xml_node *el)
{
	const struct xml_node	*c;
	size_t			 i;

	arena_reset(&r->arena);
	record_init(&r->rec);
	memset(&r->d, 0, sizeof(r->d));
	r->rec.pos.file = xml_file(r->x);
	r->rec.pos.line = xml_line(el);
	r->rec.pos.col = 0;
	if (xml_attr(r->x, el, "key", &r->arena, &r->d.key) < 0)
		goto reject;
	for (c = xml_child(el, NULL, NULL); c != NULL;
	    c = xml_sibling(c, NULL, NULL)) {
		for (i = 0; i < NELEM(fields); i++)
			if (xml_is(c, NULL, fields[i].name))
				break;
		if (i < NELEM(fields) && !read_field(r, c, fields[i].field))
			goto reject;
	}
	if (!finish(r))
		goto reject;
	return r->sink->record(r->sink->arg, &r->rec);
reject:
	diag_reject();
	return 0;
}

static int
dblp_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct dreader		 r;
	const struct xml_node	*el, *rec;
	struct srcpos		 pos;
	const char		*name, *ns;
	int			 got, depth = 1, rc = 0;

	memset(&r, 0, sizeof(r));
	r.sink = sink;
	if ((r.x = xml_open(in, XML_DBLP_DUMP, &opts->limits)) == NULL)
		return -1;
	arena_init(&r.arena);
	if ((got = xml_next(r.x, 0, &el)) == 1) {
		if (xml_is(el, NULL, "dblpperson"))
			depth = 2;	/* dblpperson/r/article */
		else if (!xml_is(el, NULL, "dblp")) {
			pos.file = xml_file(r.x);
			pos.line = xml_line(el);
			pos.col = 0;
			diag(DIAG_ERROR, &pos, "root element '%s' is not DBLP "
			    "XML (expected 'dblpperson' or 'dblp')",
			    xml_name(el));
			goto out;
		}
	}
	while (got == 1 && (got = xml_next(r.x, depth, &el)) == 1) {
		if (xml_depth(r.x) < depth) {
			/* A person page: only r holds records. */
			if (!xml_is(el, NULL, "r"))
				xml_skip(r.x);
			continue;
		}
		if (!is_record(xml_ns(el), xml_name(el)))
			continue;
		if ((rec = xml_expand(r.x)) == NULL) {
			got = -1;
			break;
		}
		if ((rc = read_record(&r, rec)) != 0)
			break;
	}
	if (rc == 0 && got < 0) {
		/* A record the failure cut short is a dropped record. */
		if ((name = xml_cut(r.x, &ns)) != NULL && is_record(ns, name))
			diag_reject();
		if (xml_read_error(r.x))
			rc = -1;
	}
out:
	xml_free(r.x);
	arena_release(&r.arena);
	return rc;
}
