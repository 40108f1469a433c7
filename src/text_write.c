/*
 * The plain-text listing writer: sections with a heading and a count,
 * then one entry per record, date in a column of its own, title and
 * authors wrapped by display width so that CJK text lines up.
 *
 *	Machine Learning (LG) · 18 papers
 *
 *	  2025-11-12  Title of the paper, wrapped at the width and
 *	              aligned under its first word [code]
 *	              First Author, Second Author et al.
 *
 * With colour, headings, dates and the owner's name are set off by SGR
 * sequences, which take no columns: the layout is the same either way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "color.h"
#include "format.h"
#include "listing.h"
#include "record.h"
#include "text.h"
#include "xalloc.h"

#define DATE_COLUMN	12	/* "2024-07-04" and two spaces */
#define GLUE		'\x1f'	/* a space where no line may break */
#define MIN_TEXT	20	/* never wrap narrower than this */

struct twriter {
	FILE		*fp;
	unsigned	 width;
	bool		 color;
	const char	*owner;		/* NULL: nobody is set off */
	size_t		 indent;	/* of entries in the current section */
	bool		 first;		/* nothing written yet */
	struct buf	 line;
};

static void	*tw_open(FILE *, const struct wopts *);
static size_t	 glued_width(const char *, size_t);
static void	 put_glued(FILE *, const char *, size_t);
static void	 pad(FILE *, size_t);
static void	 newline(struct twriter *, size_t, size_t *);
static void	 put_broken(struct twriter *, const char *, size_t, size_t,
		    size_t, size_t *);
static void	 wrap(struct twriter *, const char *, size_t);
static int	 tw_put(void *, const struct record *);
static int	 tw_section(void *, const char *, size_t, int);
static int	 tw_close(void *);

const struct writer text_writer = {
	"text", tw_open, tw_put, tw_section, NULL, tw_close,
	/* a listing shows no abstracts, and no keys */
	1u << RF_ABSTRACT | 1u << RF_KEY
};

static void *
tw_open(FILE *fp, const struct wopts *opts)
{
	struct twriter	*w;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->width = opts->width;
	w->color = opts->color;
	w->owner = opts->owner;
	w->first = true;
	buf_init(&w->line);
	return w;
}

/*
 * The display width of s[0..len), a glue byte counting as a space and an
 * SGR sequence as nothing.
 */
static size_t
glued_width(const char *s, size_t len)
{
	size_t	 i, glue = 0;

	for (i = 0; i < len; i++)
		if (s[i] == GLUE)
			glue++;
	return color_width(s, len) + glue;
}

/* Writes s[0..len) with glue bytes turned back into spaces. */
static void
put_glued(FILE *fp, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		putc(s[i] == GLUE ? ' ' : s[i], fp);
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/* Ends the line and starts the next at column indent. */
static void
newline(struct twriter *w, size_t indent, size_t *used)
{
	putc('\n', w->fp);
	pad(w->fp, indent);
	*used = 0;
}

/*
 * Writes the word p[0..len), wider than a line, broken between
 * characters; *used is the width already on the line.  SGR sequences
 * pass through and take no room.
 */
static void
put_broken(struct twriter *w, const char *p, size_t len, size_t indent,
    size_t avail, size_t *used)
{
	size_t	 i, cw;
	int32_t	 cp;
	int	 n;

	for (i = 0; i < len; i += (size_t)n) {
		if ((n = (int)color_sgr_len(p + i, len - i)) > 0) {
			fwrite(p + i, 1, (size_t)n, w->fp);
			continue;
		}
		if ((n = text_next(p + i, len - i, &cp)) < 0)
			n = 1;
		cw = p[i] == GLUE ? 1 : (size_t)text_cpwidth(cp);
		if (*used > 0 && *used + cw > avail) {
			newline(w, indent, used);
			if (p[i] == GLUE)
				continue;	/* no space at a break */
		}
		put_glued(w->fp, p + i, (size_t)n);
		*used += cw;
	}
}

/*
 * Writes s wrapped into lines of at most the writer's width; the cursor
 * is at column indent, where continuation lines start too.
 */
static void
wrap(struct twriter *w, const char *s, size_t indent)
{
	size_t		 avail, used = 0, wlen, wwidth;
	const char	*p, *end;

	avail = w->width == 0 ? (size_t)-1 : w->width > indent + MIN_TEXT ?
	    w->width - indent : MIN_TEXT;
	for (p = s; *p != '\0'; p = end) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (end = p; *end != '\0' && *end != ' '; end++)
			;
		wlen = (size_t)(end - p);
		wwidth = glued_width(p, wlen);
		if (used > 0 && used + 1 + wwidth > avail)
			newline(w, indent, &used);
		if (used > 0) {
			putc(' ', w->fp);
			used++;
		}
		if (wwidth <= avail - used) {
			put_glued(w->fp, p, wlen);
			used += wwidth;
		} else
			/* A word wider than a line is broken. */
			put_broken(w, p, wlen, indent, avail, &used);
	}
	putc('\n', w->fp);
}

static int
tw_section(void *state, const char *title, size_t count, int level)
{
	struct twriter	*w = state;

	if (!w->first)
		putc('\n', w->fp);
	w->first = false;
	pad(w->fp, (size_t)level * 2);
	buf_reset(&w->line);
	buf_addstr(&w->line, color_start(w->color, COLOR_HEADING));
	listing_heading(&w->line, title, count);
	buf_addstr(&w->line, color_end(w->color));
	fprintf(w->fp, "%s\n", buf_str(&w->line));
	w->indent = (size_t)level * 2 + 2;
	return ferror(w->fp) ? -1 : 0;
}

static int
tw_put(void *state, const struct record *r)
{
	struct twriter	*w = state;
	const char	*date = listing_date(r);
	size_t		 col, width;

	if (!w->first)
		putc('\n', w->fp);
	w->first = false;
	pad(w->fp, w->indent);
	fprintf(w->fp, "%s%s%s", color_start(w->color, COLOR_DATE), date,
	    color_end(w->color));
	width = text_width(date, strlen(date));
	pad(w->fp, width < DATE_COLUMN - 2 ? DATE_COLUMN - width : 2);
	col = w->indent + DATE_COLUMN;
	buf_reset(&w->line);
	buf_addstr(&w->line, listing_title(r));
	if (r->code)
		buf_addstr(&w->line, " [code]");
	wrap(w, buf_str(&w->line), col);
	buf_reset(&w->line);
	/* Names and "et al." are never broken across lines. */
	listing_authors_marked(&w->line, r, GLUE, w->color ? w->owner : NULL,
	    color_start(true, COLOR_OWNER), color_end(true));
	if (w->line.len > 0) {
		pad(w->fp, col);
		wrap(w, buf_str(&w->line), col);
	}
	return ferror(w->fp) ? -1 : 0;
}

static int
tw_close(void *state)
{
	struct twriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->line);
	free(w);
	return rc;
}
