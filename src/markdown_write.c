/*
 * The Markdown listing writer (-F markdown), for a README or a web page
 * made from Markdown: a heading per section, "##" for the first level
 * and "###" for the second, then one list item per record.
 *
 *	## Machine Learning (LG) · 18 papers
 *
 *	- 2025-11-12 · [Title of the paper](https://doi.org/10.1000/182) ·
 *	  First Author, Second Author et al. · *Venue* · code available
 *
 * (the item is one line).  The title links to the DOI, the arXiv page
 * or the record's URL (listing_link()); the venue is in emphasis; "code
 * available" follows when the source says there is code.  Record text
 * is escaped with escape_markdown() so that it renders literally, and
 * is never wrapped: -w does not apply.
 */
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "escape.h"
#include "format.h"
#include "listing.h"
#include "record.h"
#include "xalloc.h"

struct mwriter {
	FILE		*fp;
	bool		 first;		/* nothing written yet */
	bool		 after_heading;	/* a blank line before the next item */
	struct buf	 line;
	struct buf	 text;
};

static void	*mw_open(FILE *, const struct wopts *);
static int	 mw_put(void *, const struct record *);
static int	 mw_section(void *, const char *, size_t, int);
static int	 mw_close(void *);
static void	 add_link(struct buf *, const char *);
static void	 add_title(struct mwriter *, const struct record *);

const struct writer markdown_writer = {
	"markdown", mw_open, mw_put, mw_section, NULL, mw_close,
	/* a listing shows no abstracts, and no keys */
	1u << RF_ABSTRACT | 1u << RF_KEY
};

static void *
mw_open(FILE *fp, const struct wopts *opts)
{
	struct mwriter	*w;

	(void)opts;
	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->first = true;
	buf_init(&w->line);
	buf_init(&w->text);
	return w;
}

static int
mw_section(void *state, const char *title, size_t count, int level)
{
	struct mwriter	*w = state;

	if (!w->first)
		putc('\n', w->fp);
	w->first = false;
	buf_reset(&w->text);
	listing_heading(&w->text, title, count);
	buf_reset(&w->line);
	buf_addstr(&w->line, level == 0 ? "## " : "### ");
	escape_markdown(&w->line, buf_str(&w->text));
	fprintf(w->fp, "%s\n", buf_str(&w->line));
	w->after_heading = true;
	return ferror(w->fp) ? -1 : 0;
}

/*
 * Appends a percent-encoded address as a link destination: a backslash
 * before "&" keeps Markdown from reading a character reference in it.
 */
static void
add_link(struct buf *b, const char *url)
{
	for (; *url != '\0'; url++) {
		if (*url == '&')
			buf_addc(b, '\\');
		buf_addc(b, *url);
	}
}

/* Appends the title to the line, as a link when the record has one. */
static void
add_title(struct mwriter *w, const struct record *r)
{
	buf_reset(&w->text);
	if (!listing_link(&w->text, r)) {
		escape_markdown(&w->line, listing_title(r));
		return;
	}
	buf_addc(&w->line, '[');
	escape_markdown(&w->line, listing_title(r));
	buf_addstr(&w->line, "](");
	add_link(&w->line, buf_str(&w->text));
	buf_addc(&w->line, ')');
}

static int
mw_put(void *state, const struct record *r)
{
	struct mwriter	*w = state;

	if (w->after_heading)
		putc('\n', w->fp);
	w->first = w->after_heading = false;
	buf_reset(&w->line);
	buf_addstr(&w->line, "- ");
	escape_markdown(&w->line, listing_date(r));
	buf_addstr(&w->line, " \xC2\xB7 ");
	add_title(w, r);
	buf_reset(&w->text);
	listing_authors(&w->text, r, ' ');
	if (w->text.len > 0) {
		buf_addstr(&w->line, " \xC2\xB7 ");
		escape_markdown(&w->line, buf_str(&w->text));
	}
	if (r->venue != NULL && *r->venue != '\0') {
		buf_addstr(&w->line, " \xC2\xB7 *");
		escape_markdown(&w->line, r->venue);
		buf_addc(&w->line, '*');
	}
	if (r->code)
		buf_addstr(&w->line, " \xC2\xB7 code available");
	fprintf(w->fp, "%s\n", buf_str(&w->line));
	return ferror(w->fp) ? -1 : 0;
}

static int
mw_close(void *state)
{
	struct mwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->line);
	buf_release(&w->text);
	free(w);
	return rc;
}
