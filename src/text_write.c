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
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
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
	size_t		 indent;	/* of entries in the current section */
	bool		 first;		/* nothing written yet */
	struct buf	 line;
};

static void	*tw_open(FILE *, const struct wopts *);
static int	 tw_put(void *, const struct record *);
static int	 tw_section(void *, const char *, size_t, int);
static int	 tw_close(void *);

const struct writer text_writer = {
	"text", tw_open, tw_put, tw_section, NULL, tw_close
};

static void *
tw_open(FILE *fp, const struct wopts *opts)
{
	struct twriter	*w;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->width = opts->width;
	w->first = true;
	buf_init(&w->line);
	return w;
}

/* The display width of s[0..len), a glue byte counting as a space. */
static size_t
glued_width(const char *s, size_t len)
{
	size_t	 i, glue = 0;

	for (i = 0; i < len; i++)
		if (s[i] == GLUE)
			glue++;
	return text_width(s, len) + glue;
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

/*
 * Writes s wrapped into lines of at most the writer's width; the cursor
 * is at column indent, where continuation lines start too.
 */
static void
wrap(struct twriter *w, const char *s, size_t indent)
{
	size_t	 avail, used = 0, wlen, wwidth, i;
	const char *p, *end;
	int32_t	 cp;
	int	 n;

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
		if (used > 0 && used + 1 + wwidth > avail) {
			putc('\n', w->fp);
			pad(w->fp, indent);
			used = 0;
		}
		if (used > 0) {
			putc(' ', w->fp);
			used++;
		}
		if (wwidth <= avail - used) {
			put_glued(w->fp, p, wlen);
			used += wwidth;
			continue;
		}
		/* A word wider than a line is broken between characters. */
		for (i = 0; i < wlen; i += (size_t)n) {
			size_t cw;

			if ((n = text_next(p + i, wlen - i, &cp)) < 0)
				n = 1;
			cw = p[i] == GLUE ? 1 : (size_t)text_cpwidth(cp);
			if (used > 0 && used + cw > avail) {
				putc('\n', w->fp);
				pad(w->fp, indent);
				used = 0;
				if (p[i] == GLUE)
					continue;	/* no space at a break */
			}
			put_glued(w->fp, p + i, (size_t)n);
			used += cw;
		}
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
	listing_heading(&w->line, title, count);
	fprintf(w->fp, "%s\n", buf_str(&w->line));
	w->indent = (size_t)level * 2 + 2;
	return ferror(w->fp) ? -1 : 0;
}

static int
tw_put(void *state, const struct record *r)
{
	struct twriter	*w = state;
	size_t		 col;

	if (!w->first)
		putc('\n', w->fp);
	w->first = false;
	pad(w->fp, w->indent);
	fprintf(w->fp, "%-10s  ", listing_date(r));
	col = w->indent + DATE_COLUMN;
	buf_reset(&w->line);
	buf_addstr(&w->line, listing_title(r));
	if (r->code)
		buf_addstr(&w->line, " [code]");
	wrap(w, buf_str(&w->line), col);
	buf_reset(&w->line);
	/* Names and "et al." are never broken across lines. */
	listing_authors(&w->line, r, GLUE);
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
