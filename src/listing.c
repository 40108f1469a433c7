/*
 * The parts of a record a listing shows, shared by the text, Markdown
 * and HTML listings.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "escape.h"
#include "listing.h"
#include "record.h"
#include "stats.h"

static bool	 is_web_url(const char *);
static bool	 add_id_link(struct buf *, const char *base,
		    const char *scheme, const char *id);

const char *
listing_title(const struct record *r)
{
	return r->title != NULL ? r->title : "(untitled)";
}

const char *
listing_date(const struct record *r)
{
	return r->date != NULL ? r->date : "undated";
}

void
listing_heading(struct buf *b, const char *title, size_t count)
{
	buf_addf(b, "%s \xC2\xB7 %zu %s", title, count,
	    count == 1 ? "paper" : "papers");
}

void
listing_spaced(struct buf *b, const char *s, char space)
{
	for (; *s != '\0'; s++)
		buf_addc(b, *s == ' ' ? space : *s);
}

void
listing_authors(struct buf *b, const struct record *r, char space)
{
	listing_authors_marked(b, r, space, NULL, NULL, NULL);
}

void
listing_authors_marked(struct buf *b, const struct record *r, char space,
    const char *owner, const char *start, const char *end)
{
	size_t	 i;
	bool	 mark;

	for (i = 0; i < r->authors.n; i++) {
		if (i > 0)
			buf_addstr(b, ", ");
		mark = owner != NULL &&
		    stats_same_person(r->authors.v[i], owner);
		if (mark)
			buf_addstr(b, start);
		listing_spaced(b, r->authors.v[i], space);
		if (mark)
			buf_addstr(b, end);
	}
	if (r->et_al) {
		if (r->authors.n > 0)
			buf_addc(b, ' ');
		listing_spaced(b, "et al.", space);
	}
}

/* Is s an http or https URL, the only links a listing makes? */
static bool
is_web_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0;
}

/*
 * Appends the link for an identifier: as it is when it is a web URL,
 * else base followed by id without its scheme ("doi:").  False for an
 * identifier stored as some other kind of URL.
 */
static bool
add_id_link(struct buf *b, const char *base, const char *scheme,
    const char *id)
{
	if (is_web_url(id)) {
		escape_url(b, id, ESCAPE_URL_WHOLE);
		return true;
	}
	if (strstr(id, "://") != NULL)
		return false;
	if (strncasecmp(id, scheme, strlen(scheme)) == 0)
		id += strlen(scheme);
	if (*id == '\0')
		return false;
	buf_addstr(b, base);
	escape_url(b, id, ESCAPE_URL_ID);
	return true;
}

bool
listing_link(struct buf *b, const struct record *r)
{
	if (r->doi != NULL &&
	    add_id_link(b, "https://doi.org/", "doi:", r->doi))
		return true;
	if (r->arxiv != NULL &&
	    add_id_link(b, "https://arxiv.org/abs/", "arXiv:", r->arxiv))
		return true;
	if (r->url != NULL && is_web_url(r->url)) {
		escape_url(b, r->url, ESCAPE_URL_WHOLE);
		return true;
	}
	return false;
}
