/*
 * The HTML listing writer (-F html): a complete HTML5 document, or with
 * wopts.fragment only the listing, to paste into a page.  A section is a
 * <section> with an <h2> (an <h3> at the second level) and a <ul> of
 * the records:
 *
 *	<section>
 *	<h2>Machine Learning (LG) · 18 papers</h2>
 *	<ul>
 *	<li><time datetime="2025-11">2025-11</time> · <cite dir="auto"><a
 *	href="https://doi.org/10.1000/182">Title</a></cite> · <span
 *	class="authors" dir="auto">A. Author et al.</span> · <span
 *	class="venue" dir="auto">Venue</span> · <span class="code">code
 *	available</span></li>
 *
 * (each item on one line).  The date is a <time> at the record's own
 * precision; the title links as listing_link() says; the parts taken
 * from the record are isolated with dir="auto", so a right-to-left title
 * does not reorder the text around it.  Every string is escaped with
 * escape_html().  The output depends on the records alone; -w does not
 * apply.
 */
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "date.h"
#include "escape.h"
#include "format.h"
#include "listing.h"
#include "record.h"
#include "xalloc.h"

struct hwriter {
	FILE		*fp;
	bool		 fragment;	/* no document around the listing */
	int		 depth;		/* <section> elements open */
	bool		 in_list;	/* a <ul> is open */
	struct buf	 line;
	struct buf	 text;
};

static void	*hw_open(FILE *, const struct wopts *);
static int	 hw_put(void *, const struct record *);
static int	 hw_section(void *, const char *, size_t, int);
static int	 hw_close(void *);
static void	 close_to(struct hwriter *, int);
static void	 add_date(struct buf *, const struct record *);
static void	 add_title(struct hwriter *, const struct record *);
static void	 add_span(struct buf *, const char *, const char *);

const struct writer html_writer = {
	"html", hw_open, hw_put, hw_section, NULL, hw_close,
	/* a listing shows no abstracts, and no keys */
	1u << RF_ABSTRACT | 1u << RF_KEY
};

static const char head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, "
    "initial-scale=1\">\n"
    "<title>Publications</title>\n"
    "<style>\n"
    "body { font-family: sans-serif; line-height: 1.4; max-width: 50em; "
    "margin: 0 auto; padding: 0 1em; }\n"
    "li { margin-bottom: 0.4em; }\n"
    "cite { font-style: normal; font-weight: bold; }\n"
    ".venue { font-style: italic; }\n"
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<h1>Publications</h1>\n";

static void *
hw_open(FILE *fp, const struct wopts *opts)
{
	struct hwriter	*w;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->fragment = opts->fragment;
	buf_init(&w->line);
	buf_init(&w->text);
	if (!w->fragment)
		fputs(head, fp);
	return w;
}

/* Ends the open list and the sections deeper than depth. */
static void
close_to(struct hwriter *w, int depth)
{
	if (w->in_list)
		fputs("</ul>\n", w->fp);
	w->in_list = false;
	for (; w->depth > depth; w->depth--)
		fputs("</section>\n", w->fp);
}

static int
hw_section(void *state, const char *title, size_t count, int level)
{
	struct hwriter	*w = state;
	int		 h = level == 0 ? 2 : 3;

	close_to(w, level);
	buf_reset(&w->text);
	listing_heading(&w->text, title, count);
	buf_reset(&w->line);
	buf_addf(&w->line, "<section>\n<h%d>", h);
	escape_html(&w->line, buf_str(&w->text));
	buf_addf(&w->line, "</h%d>\n", h);
	fputs(buf_str(&w->line), w->fp);
	w->depth = level + 1;
	return ferror(w->fp) ? -1 : 0;
}

/* Appends the date as a <time> at its precision, or "undated". */
static void
add_date(struct buf *b, const struct record *r)
{
	struct ymd	 d;

	if (r->date == NULL || !date_parse(r->date, &d)) {
		escape_html(b, listing_date(r));
		return;
	}
	buf_addstr(b, "<time datetime=\"");
	escape_html(b, r->date);
	buf_addstr(b, "\">");
	escape_html(b, r->date);
	buf_addstr(b, "</time>");
}

/* Appends the title in a <cite>, as a link when the record has one. */
static void
add_title(struct hwriter *w, const struct record *r)
{
	bool	 linked;

	buf_reset(&w->text);
	linked = listing_link(&w->text, r);
	buf_addstr(&w->line, "<cite dir=\"auto\">");
	if (linked) {
		buf_addstr(&w->line, "<a href=\"");
		escape_html(&w->line, buf_str(&w->text));
		buf_addstr(&w->line, "\">");
	}
	escape_html(&w->line, listing_title(r));
	buf_addstr(&w->line, linked ? "</a></cite>" : "</cite>");
}

/* Appends " · " and s in a <span> of the class given, isolated. */
static void
add_span(struct buf *b, const char *class, const char *s)
{
	buf_addf(b, " \xC2\xB7 <span class=\"%s\" dir=\"auto\">", class);
	escape_html(b, s);
	buf_addstr(b, "</span>");
}

static int
hw_put(void *state, const struct record *r)
{
	struct hwriter	*w = state;

	if (!w->in_list)
		fputs("<ul>\n", w->fp);
	w->in_list = true;
	buf_reset(&w->line);
	buf_addstr(&w->line, "<li>");
	add_date(&w->line, r);
	buf_addstr(&w->line, " \xC2\xB7 ");
	add_title(w, r);
	buf_reset(&w->text);
	listing_authors(&w->text, r, ' ');
	if (w->text.len > 0)
		add_span(&w->line, "authors", buf_str(&w->text));
	if (r->venue != NULL && *r->venue != '\0')
		add_span(&w->line, "venue", r->venue);
	if (r->code)
		buf_addstr(&w->line,
		    " \xC2\xB7 <span class=\"code\">code available</span>");
	buf_addstr(&w->line, "</li>\n");
	fputs(buf_str(&w->line), w->fp);
	return ferror(w->fp) ? -1 : 0;
}

static int
hw_close(void *state)
{
	struct hwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	close_to(w, 0);
	if (!w->fragment)
		fputs("</body>\n</html>\n", w->fp);
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->line);
	buf_release(&w->text);
	free(w);
	return rc;
}
