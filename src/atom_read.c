/*
 * The arXiv Atom reader: a response of the arXiv API (pubtool-records(5),
 * ARXIV ATOM), an Atom feed (http://www.w3.org/2005/Atom) whose entries
 * carry arXiv's extensions (http://arxiv.org/schemas/atom):
 *
 *	entry/title			title, white space folded
 *	entry/summary			abstract, paragraphs kept
 *	entry/author/name		authors, in order
 *	entry/author/arxiv:affiliation	orgs, each once, in order
 *	entry/published			date (YYYY-MM-DD)
 *	entry/id			arxiv (http://arxiv.org/abs/ID[vN];
 *					the version is dropped)
 *	entry/arxiv:primary_category/@term  area (else the first category)
 *	entry/arxiv:doi			doi
 *	entry/arxiv:journal_ref		venue
 *	entry/link[@rel=alternate]	url (the abstract page; the pdf link
 *					only when there is no such link)
 *
 * Elements are matched by namespace URI and local name, never by prefix;
 * elements in other namespaces (OpenSearch paging, anything unknown) are
 * ignored.  An entry whose id is http://arxiv.org/api/errors#... is the
 * API's report of a bad query: its summary is reported as an error.  One
 * feed per input: pages of a multi-page response are separate files.
 *
 * Entries are read one at a time through xml.c, so memory stays flat.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "ident.h"
#include "record.h"
#include "stream.h"
#include "xml.h"

struct areader {
	struct xml		*x;
	const struct sink	*sink;
	struct arena		 arena;	/* the entry in hand */
	struct record		 rec;
};

static int	 atom_read(struct stream *, const struct readopts *,
		    const struct sink *);
static int	 read_entry(struct areader *, const struct xml_node *);
static bool	 read_authors(struct areader *, const struct xml_node *);
static bool	 read_links(struct areader *, const struct xml_node *);
static bool	 read_date(struct areader *, const struct xml_node *);
static const char *child_text(struct areader *, const struct xml_node *,
		    const char *, const char *, bool, bool *);
static const char *paragraphs(struct arena *, const char *);
static bool	 has_prefix(const char *, const char *);

const struct reader atom_reader = { "atom", atom_read, false, NULL };

static bool
has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * s with the white space inside each paragraph folded to one space and
 * paragraphs (separated by a blank line) joined by one blank line, in the
 * arena.  arXiv wraps summaries at about 80 columns.
 */
static const char *
paragraphs(struct arena *a, const char *s)
{
	struct buf	 b;
	const char	*r;
	int		 newlines = 0;
	bool		 space = false;

	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n') {
			space = true;
			if (*s == '\n')
				newlines++;
			continue;
		}
		if (space && b.len > 0)
			buf_addstr(&b, newlines >= 2 ? "\n\n" : " ");
		space = false;
		newlines = 0;
		buf_addc(&b, *s);
	}
	r = arena_strndup(a, b.len > 0 ? b.data : "", b.len);
	buf_release(&b);
	return r;
}

/*
 * The text of the first child ns:name of el, NULL when there is none
 * (*bad stays false) or when its text was refused (*bad is set, after a
 * message).
 */
static const char *
child_text(struct areader *r, const struct xml_node *el, const char *ns,
    const char *name, bool collapse, bool *bad)
{
	const struct xml_node	*c;
	const char		*s;

	*bad = false;
	if ((c = xml_child(el, ns, name)) == NULL)
		return NULL;
	if ((s = xml_text(r->x, c, &r->arena, collapse)) == NULL)
		*bad = true;
	return s;
}

/*
 * Reads every author's name and affiliations; false when a text was
 * refused (reported).
 */
static bool
read_authors(struct areader *r, const struct xml_node *entry)
{
	const struct xml_node	*au, *c;
	const char		*s;

	for (au = xml_child(entry, XML_NS_ATOM, "author"); au != NULL;
	    au = xml_sibling(au, XML_NS_ATOM, "author")) {
		if ((c = xml_child(au, XML_NS_ATOM, "name")) != NULL) {
			if ((s = xml_text(r->x, c, &r->arena, true)) == NULL)
				return false;
			if (*s != '\0')
				strlist_add(&r->arena, &r->rec.authors, s);
		}
		for (c = xml_child(au, XML_NS_ARXIV, "affiliation"); c != NULL;
		    c = xml_sibling(c, XML_NS_ARXIV, "affiliation")) {
			if ((s = xml_text(r->x, c, &r->arena, true)) == NULL)
				return false;
			if (*s != '\0' && !strlist_has(&r->rec.orgs, s))
				strlist_add(&r->arena, &r->rec.orgs, s);
		}
	}
	return true;
}

/*
 * Takes the url from the links: the first rel="alternate" one (rel
 * defaults to alternate in Atom), else the one titled "pdf".  False when
 * an attribute was refused (reported).
 */
static bool
read_links(struct areader *r, const struct xml_node *entry)
{
	const struct xml_node	*l;
	const char		*rel, *href, *title, *pdf = NULL;
	int			 got;

	for (l = xml_child(entry, XML_NS_ATOM, "link"); l != NULL;
	    l = xml_sibling(l, XML_NS_ATOM, "link")) {
		if ((got = xml_attr(r->x, l, "href", &r->arena, &href)) < 0 ||
		    xml_attr(r->x, l, "rel", &r->arena, &rel) < 0 ||
		    xml_attr(r->x, l, "title", &r->arena, &title) < 0)
			return false;
		if (got == 0 || *href == '\0')
			continue;
		if (rel == NULL || strcmp(rel, "alternate") == 0) {
			r->rec.url = href;
			return true;
		}
		if (pdf == NULL && title != NULL && strcmp(title, "pdf") == 0)
			pdf = href;
	}
	r->rec.url = pdf;
	return true;
}

/*
 * Takes the date from published (2011-06-10T02:41:02Z, or with a zone
 * offset): the calendar date as written.  False when it is refused or
 * malformed (reported).
 */
static bool
read_date(struct areader *r, const struct xml_node *entry)
{
	const char	*s;
	struct ymd	 d;
	struct srcpos	 pos = r->rec.pos;
	char		 day[11];
	bool		 bad;

	if ((s = child_text(r, entry, XML_NS_ATOM, "published", true,
	    &bad)) == NULL)
		return !bad;
	if (strlen(s) < 10 || (s[10] != '\0' && s[10] != 'T')) {
		pos.line = xml_line(xml_child(entry, XML_NS_ATOM, "published"));
		diag(DIAG_ERROR, &pos, "invalid date '%s' in 'published' "
		    "(expected YYYY-MM-DDThh:mm:ssZ)", s);
		return false;
	}
	memcpy(day, s, 10);
	day[10] = '\0';
	if (!date_parse(day, &d) || d.d == 0) {
		pos.line = xml_line(xml_child(entry, XML_NS_ATOM, "published"));
		diag(DIAG_ERROR, &pos, "invalid date '%s' in 'published' "
		    "(expected YYYY-MM-DDThh:mm:ssZ)", s);
		return false;
	}
	r->rec.date = arena_strdup(&r->arena, day);
	return true;
}

/*
 * Reads one entry and hands it to the sink, or reports why it is dropped.
 * Returns 0 or the sink's stop value.
 */
static int
read_entry(struct areader *r, const struct xml_node *entry)
{
	const struct xml_node	*c;
	const char		*id, *s;
	bool			 bad;

	arena_reset(&r->arena);
	record_init(&r->rec);
	r->rec.pos.file = xml_file(r->x);
	r->rec.pos.line = xml_line(entry);
	r->rec.pos.col = 0;

	if ((id = child_text(r, entry, XML_NS_ATOM, "id", true, &bad)) ==
	    NULL && bad)
		goto reject;
	if (id != NULL && (has_prefix(id, "http://arxiv.org/api/errors") ||
	    has_prefix(id, "https://arxiv.org/api/errors"))) {
		/* Not a paper: the API's answer to a bad query. */
		s = child_text(r, entry, XML_NS_ATOM, "summary", true, &bad);
		if (s == NULL || *s == '\0') {
			s = strchr(id, '#');
			s = s != NULL ? s + 1 : id;
		}
		diag(DIAG_ERROR, &r->rec.pos, "arXiv API error: %s", s);
		return 0;
	}
	if (id != NULL && *id != '\0' &&
	    (r->rec.arxiv = ident_arxiv(&r->arena, id)) == NULL)
		diag(DIAG_WARN, &r->rec.pos, "entry id '%s' is not an arXiv "
		    "identifier", id);

	if ((s = child_text(r, entry, XML_NS_ATOM, "title", true, &bad)) ==
	    NULL && bad)
		goto reject;
	if (s == NULL || *s == '\0') {
		diag(DIAG_ERROR, &r->rec.pos, "entry has no title");
		goto reject;
	}
	r->rec.title = s;
	if (!read_authors(r, entry))
		goto reject;
	if (r->rec.authors.n == 0) {
		diag(DIAG_ERROR, &r->rec.pos, "entry '%s' has no authors",
		    r->rec.title);
		goto reject;
	}
	if ((s = child_text(r, entry, XML_NS_ATOM, "summary", false, &bad)) ==
	    NULL && bad)
		goto reject;
	if (s != NULL && (s = paragraphs(&r->arena, s))[0] != '\0')
		r->rec.abstract = s;
	if (!read_date(r, entry))
		goto reject;

	if ((c = xml_child(entry, XML_NS_ARXIV, "primary_category")) ==
	    NULL)
		c = xml_child(entry, XML_NS_ATOM, "category");
	if (c != NULL && xml_attr(r->x, c, "term", &r->arena, &s) < 0)
		goto reject;
	if (c != NULL && s != NULL && *s != '\0')
		r->rec.area = s;
	if ((s = child_text(r, entry, XML_NS_ARXIV, "doi", true, &bad)) ==
	    NULL && bad)
		goto reject;
	if (s != NULL && has_prefix(s, "https://doi.org/"))
		s += strlen("https://doi.org/");
	else if (s != NULL && has_prefix(s, "http://dx.doi.org/"))
		s += strlen("http://dx.doi.org/");
	if (s != NULL && *s != '\0')
		r->rec.doi = s;
	if ((s = child_text(r, entry, XML_NS_ARXIV, "journal_ref", true,
	    &bad)) == NULL && bad)
		goto reject;
	if (s != NULL && *s != '\0')
		r->rec.venue = s;
	if (!read_links(r, entry))
		goto reject;
	strlist_add(&r->arena, &r->rec.sources, "arxiv");
	return r->sink->record(r->sink->arg, &r->rec);
reject:
	diag_reject();
	return 0;
}

static int
atom_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct areader		 r;
	const struct xml_node	*el, *entry;
	struct srcpos		 pos;
	const char		*name, *ns;
	int			 got, rc = 0;

	memset(&r, 0, sizeof(r));
	r.sink = sink;
	if ((r.x = xml_open(in, 0, &opts->limits)) == NULL)
		return -1;
	arena_init(&r.arena);
	if ((got = xml_next(r.x, 0, &el)) == 1 &&
	    !xml_is(el, XML_NS_ATOM, "feed")) {
		pos.file = xml_file(r.x);
		pos.line = xml_line(el);
		pos.col = 0;
		if (strcmp(xml_name(el), "feed") == 0)
			diag(DIAG_ERROR, &pos, "root element 'feed' is not in "
			    "the Atom namespace (%s)", XML_NS_ATOM);
		else
			diag(DIAG_ERROR, &pos, "root element '%s' is not an "
			    "Atom 'feed'", xml_name(el));
		goto out;
	}
	while (got == 1 && (got = xml_next(r.x, 1, &el)) == 1) {
		if (!xml_is(el, XML_NS_ATOM, "entry"))
			continue;
		if ((entry = xml_expand(r.x)) == NULL) {
			got = -1;
			break;
		}
		if ((rc = read_entry(&r, entry)) != 0)
			break;
	}
	if (rc == 0 && got < 0) {
		/* An entry the failure cut short is a dropped record. */
		if ((name = xml_cut(r.x, &ns)) != NULL &&
		    strcmp(name, "entry") == 0 && ns != NULL &&
		    strcmp(ns, XML_NS_ATOM) == 0)
			diag_reject();
		if (xml_read_error(r.x))
			rc = -1;
	}
out:
	xml_free(r.x);
	arena_release(&r.arena);
	return rc;
}
