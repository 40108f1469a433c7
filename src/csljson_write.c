/*
 * The CSL-JSON writer: the records as a JSON array of CSL items (the
 * input of the Citation Style Language processors), as pandoc --citeproc,
 * Zotero and citation.js read it.
 *
 * Layout: "[", the items separated by ",", "]" and a newline; no record
 * gives "[]".  Each level is indented by two spaces and every member and
 * array element is on a line of its own, which is the layout of `jq .`
 * (and of pandoc -t csljson): jq gives the output back unchanged.  An
 * item is written as its record comes, so that nothing is held.
 *
 * Members, each only when the record has a value, always in this order:
 *  - id: the citation key (key_cite());
 *  - type: by venue_kind() (venue.c), the rules the BibTeX writer's entry
 *    types follow: "article" (CSL's type for a preprint) for a record
 *    without a venue or from a preprint server, "article-journal" or
 *    "paper-conference".  CSL requires no field, so unlike @article a
 *    journal paper without a year stays "article-journal";
 *  - title, as stored (no TeX is converted, no word protected);
 *  - author: {family, given} by name_parts(), with a suffix and, when the
 *    family name starts with lower-case particles ("van der Waals"),
 *    those as non-dropping-particle; a name it cannot split is
 *    {literal}.  Blank names and et al. are left out: CSL has no mark
 *    for a list cut short;
 *  - issued: {"date-parts": [[Y, M, D]]} at the date's precision;
 *  - container-title: the venue of a journal or proceedings paper;
 *  - publisher: the venue of a preprint (its server), else "arXiv" for a
 *    preprint with an arXiv id;
 *  - number: "arXiv:ID", without the version, for a preprint with an
 *    arXiv id, which is where Zotero puts a preprint's archive id and
 *    what CSL styles print after the publisher;
 *  - volume, page;
 *  - DOI and URL, by ident_doi() and ident_url(): arXiv's DOI and
 *    abstract page when the record has none;
 *  - keyword: the area;
 *  - abstract.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "format.h"
#include "ident.h"
#include "json.h"
#include "key.h"
#include "name.h"
#include "record.h"
#include "text.h"
#include "venue.h"
#include "xalloc.h"

/* The indents of an item's members, of array elements in them, and so on. */
#define IND_MEMBER	"    "
#define IND_ELEM	"      "
#define IND_INNER	"        "

/* The CSL type of each kind of venue. */
static const char *const csl_types[] = {
	[VENUE_PREPRINT] = "article",
	[VENUE_JOURNAL] = "article-journal",
	[VENUE_PROCEEDINGS] = "paper-conference",
};

struct jwriter {
	FILE		*fp;
	size_t		 count;		/* items written */
	struct buf	 item;		/* the item being built */
	struct buf	 tmp;		/* a value being made */
};

/* One item being built: its record and what was decided about it. */
struct item {
	struct jwriter		*w;
	const struct record	*r;
	enum venue_kind		 kind;
	struct ymd		 date;	/* y == 0 when undated */
};

/*
 * A member: its name and what appends its JSON value, returning false
 * when the record has none.
 */
struct csl_member {
	const char	*name;
	bool		(*value)(struct item *, struct buf *);
};

static void	*jw_open(FILE *, const struct wopts *);
static int	 jw_put(void *, const struct record *);
static int	 jw_close(void *);
static void	 add_key(struct buf *, const char *, bool, const char *);
static void	 add_pair(struct buf *, const char *, bool, const char *,
		    const char *, size_t);
static bool	 add_text(struct buf *, const char *);
static size_t	 particle_len(const char *, size_t);
static void	 add_name(struct buf *, const char *, bool);
static bool	 add_ident(struct item *, struct buf *,
		    bool (*)(struct buf *, const struct record *));

static bool	 m_id(struct item *, struct buf *);
static bool	 m_type(struct item *, struct buf *);
static bool	 m_title(struct item *, struct buf *);
static bool	 m_author(struct item *, struct buf *);
static bool	 m_issued(struct item *, struct buf *);
static bool	 m_container(struct item *, struct buf *);
static bool	 m_publisher(struct item *, struct buf *);
static bool	 m_number(struct item *, struct buf *);
static bool	 m_volume(struct item *, struct buf *);
static bool	 m_page(struct item *, struct buf *);
static bool	 m_doi(struct item *, struct buf *);
static bool	 m_url(struct item *, struct buf *);
static bool	 m_keyword(struct item *, struct buf *);
static bool	 m_abstract(struct item *, struct buf *);

const struct writer csljson_writer = {
	"csljson", jw_open, jw_put, NULL, NULL, jw_close, 0
};

/* The members, in the order they are written. */
static const struct csl_member members[] = {
	{ "id", m_id },
	{ "type", m_type },
	{ "title", m_title },
	{ "author", m_author },
	{ "issued", m_issued },
	{ "container-title", m_container },
	{ "publisher", m_publisher },
	{ "number", m_number },
	{ "volume", m_volume },
	{ "page", m_page },
	{ "DOI", m_doi },
	{ "URL", m_url },
	{ "keyword", m_keyword },
	{ "abstract", m_abstract },
};

static void *
jw_open(FILE *fp, const struct wopts *opts)
{
	struct jwriter	*w;

	(void)opts;
	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	buf_init(&w->item);
	buf_init(&w->tmp);
	return w;
}

/* Ends the array: "[]" when it is empty. */
static int
jw_close(void *state)
{
	struct jwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	fputs(w->count == 0 ? "[]\n" : "\n]\n", w->fp);
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->item);
	buf_release(&w->tmp);
	free(w);
	return rc;
}

/*
 * Starts a member of an object at indent: a comma unless it is the
 * first, a new line, the indent and the quoted name with its colon.
 */
static void
add_key(struct buf *b, const char *indent, bool first, const char *name)
{
	if (!first)
		buf_addc(b, ',');
	buf_addc(b, '\n');
	buf_addstr(b, indent);
	json_string(b, name, strlen(name));
	buf_addstr(b, ": ");
}

/* A member whose value is the string s[0..len). */
static void
add_pair(struct buf *b, const char *indent, bool first, const char *name,
    const char *s, size_t len)
{
	add_key(b, indent, first, name);
	json_string(b, s, len);
}

/* Appends s as a JSON string; false, appending nothing, when blank. */
static bool
add_text(struct buf *v, const char *s)
{
	if (text_is_blank(s))
		return false;
	json_string(v, s, strlen(s));
	return true;
}

/*
 * The length of the particles that start the family name s[0..len),
 * with the spaces after them ("van der " in "van der Waals"): words in
 * lower case that name_is_particle() knows, and never the last word.
 */
static size_t
particle_len(const char *s, size_t len)
{
	size_t	 i = 0, word, end = 0;

	while (i < len && s[i] >= 'a' && s[i] <= 'z') {
		for (word = i; i < len && s[i] != ' '; i++)
			continue;
		if (i == len || !name_is_particle(s + word, i - word))
			break;
		while (i < len && s[i] == ' ')
			i++;
		end = i;
	}
	return end;
}

/* Appends one name object as an element of the author array. */
static void
add_name(struct buf *b, const char *s, bool first)
{
	struct name	 n;
	size_t		 plen, ptrim;

	if (!first)
		buf_addc(b, ',');
	buf_addstr(b, "\n" IND_ELEM "{");
	if (!name_parts(s, &n))
		add_pair(b, IND_INNER, true, "literal", s, strlen(s));
	else {
		plen = particle_len(n.family, n.family_len);
		add_pair(b, IND_INNER, true, "family", n.family + plen,
		    n.family_len - plen);
		if (n.given_len > 0)
			add_pair(b, IND_INNER, false, "given", n.given,
			    n.given_len);
		for (ptrim = plen; ptrim > 0 && n.family[ptrim - 1] == ' ';
		    ptrim--)
			continue;
		if (ptrim > 0)
			add_pair(b, IND_INNER, false,
			    "non-dropping-particle", n.family, ptrim);
		if (n.suffix != NULL)
			add_pair(b, IND_INNER, false, "suffix", n.suffix,
			    n.suffix_len);
	}
	buf_addstr(b, "\n" IND_ELEM "}");
}

static bool
m_id(struct item *it, struct buf *v)
{
	buf_reset(&it->w->tmp);
	key_cite(&it->w->tmp, it->r);
	json_string(v, it->w->tmp.data, it->w->tmp.len);
	return true;
}

static bool
m_type(struct item *it, struct buf *v)
{
	return add_text(v, csl_types[it->kind]);
}

static bool
m_title(struct item *it, struct buf *v)
{
	return add_text(v, it->r->title);
}

static bool
m_author(struct item *it, struct buf *v)
{
	size_t	 i, n = 0;

	buf_addc(v, '[');
	for (i = 0; i < it->r->authors.n; i++)
		if (!text_is_blank(it->r->authors.v[i]))
			add_name(v, it->r->authors.v[i], n++ == 0);
	buf_addstr(v, "\n" IND_MEMBER "]");
	return n > 0;
}

/* The date parts at the date's precision: [[Y]], [[Y, M]] or [[Y, M, D]]. */
static bool
m_issued(struct item *it, struct buf *v)
{
	const struct ymd	*d = &it->date;

	if (d->y == 0)
		return false;
	buf_addf(v, "{\n" IND_ELEM "\"date-parts\": [\n" IND_INNER "[\n"
	    IND_INNER "  %d", d->y);
	if (d->m != 0)
		buf_addf(v, ",\n" IND_INNER "  %d", d->m);
	if (d->d != 0)
		buf_addf(v, ",\n" IND_INNER "  %d", d->d);
	buf_addstr(v, "\n" IND_INNER "]\n" IND_ELEM "]\n" IND_MEMBER "}");
	return true;
}

static bool
m_container(struct item *it, struct buf *v)
{
	return it->kind != VENUE_PREPRINT && add_text(v, it->r->venue);
}

/* A preprint's server: its venue, else arXiv when it has an arXiv id. */
static bool
m_publisher(struct item *it, struct buf *v)
{
	if (it->kind != VENUE_PREPRINT)
		return false;
	if (add_text(v, it->r->venue))
		return true;
	return !text_is_blank(it->r->arxiv) && add_text(v, "arXiv");
}

static bool
m_number(struct item *it, struct buf *v)
{
	struct buf	*t = &it->w->tmp;

	if (it->kind != VENUE_PREPRINT || text_is_blank(it->r->arxiv))
		return false;
	buf_reset(t);
	buf_addstr(t, "arXiv:");
	buf_add(t, it->r->arxiv, ident_arxiv_len(it->r->arxiv));
	json_string(v, t->data, t->len);
	return true;
}

static bool
m_volume(struct item *it, struct buf *v)
{
	return add_text(v, it->r->volume);
}

static bool
m_page(struct item *it, struct buf *v)
{
	return add_text(v, it->r->pages);
}

/* The identifier that get() (ident_doi(), ident_url()) makes. */
static bool
add_ident(struct item *it, struct buf *v,
    bool (*get)(struct buf *, const struct record *))
{
	buf_reset(&it->w->tmp);
	if (!get(&it->w->tmp, it->r))
		return false;
	json_string(v, it->w->tmp.data, it->w->tmp.len);
	return true;
}

static bool
m_doi(struct item *it, struct buf *v)
{
	return add_ident(it, v, ident_doi);
}

static bool
m_url(struct item *it, struct buf *v)
{
	return add_ident(it, v, ident_url);
}

static bool
m_keyword(struct item *it, struct buf *v)
{
	return add_text(v, it->r->area);
}

static bool
m_abstract(struct item *it, struct buf *v)
{
	return add_text(v, it->r->abstract);
}

/*
 * Writes one item, after "[" or the comma that ends the item before:
 * each member the record has a value for, in the order of members[].
 */
static int
jw_put(void *state, const struct record *r)
{
	struct jwriter	*w = state;
	struct item	 it;
	size_t		 i, mark;
	bool		 first = true;

	memset(&it, 0, sizeof(it));
	it.w = w;
	it.r = r;
	it.kind = venue_kind(r->venue);
	if (r->date == NULL || !date_parse(r->date, &it.date))
		memset(&it.date, 0, sizeof(it.date));
	buf_reset(&w->item);
	buf_addstr(&w->item, w->count == 0 ? "[\n  {" : ",\n  {");
	for (i = 0; i < sizeof(members) / sizeof(members[0]); i++) {
		mark = w->item.len;
		add_key(&w->item, IND_MEMBER, first, members[i].name);
		if (!members[i].value(&it, &w->item)) {
			buf_truncate(&w->item, mark);
			continue;
		}
		first = false;
	}
	buf_addstr(&w->item, "\n  }");
	w->count++;
	if (fwrite(w->item.data, 1, w->item.len, w->fp) != w->item.len)
		return -1;
	return 0;
}
