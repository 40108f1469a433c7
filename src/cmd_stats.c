/*
 * pubtool stats: what a set of papers says at a glance.  Counts by area,
 * by year and by both, the owner and the top co-authors, the share with
 * code, the date range, and a profile's own header figures beside what
 * was parsed; as aligned text with bar charts, as CSV or as YAML.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "area.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "color.h"
#include "csv.h"
#include "diag.h"
#include "input.h"
#include "record.h"
#include "stats.h"
#include "text.h"
#include "usage.h"
#include "xalloc.h"

/* Long-only options of this command, after the shared ones of input.h. */
enum {
	OPT_OWNER = OPT_COMMAND_BASE,
	OPT_TOP
};

/* Which tables to write: everything, or one (--by). */
/* The values of --by (after BY_ALL) and -F, in the order of their names. */
enum stats_by { BY_ALL, BY_AREA, BY_YEAR, BY_AREA_YEAR, BY_AUTHOR };
enum stats_format { FMT_TEXT, FMT_CSV, FMT_YAML };

static const char *const by_names[] = {
	"area", "year", "area,year", "author", NULL
};
static const char *const format_names[] = { "text", "csv", "yaml", NULL };

struct stats_opts {
	struct ropts		 ro;
	const struct config	*config;
	bool			 by_set;	/* --by was given */
	bool			 format_set;	/* -F was given */
	enum stats_by		 by;
	enum stats_format	 format;
	size_t			 top;		/* 0: every co-author */
	unsigned		 width;		/* 0: no bars, no fitting */
	const char		*owner;		/* NULL: infer */
	bool			 owner_set;	/* --owner was given */
	bool			 color;		/* text: SGR colours */
	bool			 csv_raw;
	bool			 bom;
};

/* A profile header read, with the records that came after it. */
struct prof {
	struct profile	 p;
	size_t		 start;		/* records read before it */
	size_t		 parsed;	/* the records after it, same input */
	const char	*source;	/* that input's name, or NULL */
};

/* Everything read: the records and the profile headers. */
struct input {
	struct recset	 set;
	struct prof	*profs;
	size_t		 nprofs;
};

/* One row of a bar chart. */
struct bar_row {
	const char	*label;
	size_t		 keep;		/* bytes at the end never cut */
	size_t		 count;
};

/* The columns of -F csv, in order. */
enum csv_col {
	COL_TABLE, COL_FIELD, COL_AREA, COL_AREA_NAME, COL_YEAR, COL_AUTHOR,
	COL_VARIANTS, COL_PAPERS, COL_PERCENT, COL_VALUE, NCOLS
};

static const char *const csv_header[NCOLS] = {
	"table", "field", "area", "area_name", "year", "author", "variants",
	"papers", "percent", "value"
};

/* The eighths of a block, from one eighth to a whole one. */
static const char *const eighths[8] = {
	"\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589",
	"\u2588"
};

static const char synopsis[] =
    "usage: pubtool stats [--by area|year|area,year|author] [--top N]\n"
    "                     [--owner NAME] [-F text|csv|yaml] [-w WIDTH]\n"
    "                     [--color WHEN] [--csv-raw] [--bom] [-f FORMAT]\n"
    "                     [-L LIBRARY] [--as-of DATE] [FILE ...]\n";

static void	 usage(FILE *, bool);
static int	 collect_record(void *, const struct record *);
static int	 collect_profile(void *, const struct profile *);
static void	 count_profiles(struct input *);
static void	 fmt_percent(char *, size_t, size_t, size_t);
static size_t	 ndigits(size_t);
static void	 put_padded(FILE *, const char *, size_t, bool);
static void	 fit(struct buf *, const char *, size_t, size_t);
static void	 put_bar(FILE *, size_t, size_t, size_t);
static void	 heading(FILE *, const struct stats_opts *, bool *,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
static void	 text_bars(FILE *, const struct stats_opts *,
		    const struct bar_row *, size_t, size_t);
static void	 text_wrap(FILE *, const struct stats_opts *, const char *,
		    size_t, const char *, const char *const *, size_t);
static void	 text_kv(FILE *, const struct stats_opts *, const char *,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
static void	 text_summary(FILE *, const struct stats_opts *,
		    const struct stats *, bool *);
static void	 text_profile(FILE *, const struct stats_opts *,
		    const struct input *, bool *);
static void	 text_areas(FILE *, const struct stats_opts *,
		    const struct stats *, bool *);
static void	 text_years(FILE *, const struct stats_opts *,
		    const struct stats *, bool *);
static void	 text_cross(FILE *, const struct stats_opts *,
		    const struct stats *, bool *);
static void	 text_authors(FILE *, const struct stats_opts *,
		    const struct stats *, bool *);
static void	 write_text(FILE *, const struct stats_opts *,
		    const struct stats *, const struct input *);
static void	 stats_csv_cell(FILE *, const struct stats_opts *,
		    const char *);
static void	 csv_row(FILE *, const struct stats_opts *,
		    const char *const *);
static void	 csv_author(FILE *, const struct stats_opts *,
		    const struct stats *, const char *, const char *,
		    const struct stats_author *);
static void	 write_csv(FILE *, const struct stats_opts *,
		    const struct stats *, const struct input *);
static void	 yaml_str(FILE *, const char *);
static void	 yaml_author(FILE *, const struct stats *, const char *,
		    const char *, const struct stats_author *, bool);
static void	 write_yaml(FILE *, const struct stats_opts *,
		    const struct stats *, const struct input *);
static size_t	 ncoauthors_shown(const struct stats_opts *,
		    const struct stats *);
static bool	 parse_number(const char *, unsigned long,
		    unsigned long *);
static int	 stats(const struct stats_opts *, char **, int);
static int	 configure(struct stats_opts *, const struct config *);

static void
usage(FILE *fp, bool full)
{
	fputs(synopsis, fp);
	if (!full)
		return;
	fputs("\nCount papers by area, year and co-author.\n\n"
	    "      --by TABLE             only this table: area, year, "
	    "area,year or author\n"
	    "                             (default: everything)\n"
	    "      --top N                show the N co-authors with most "
	    "papers (default 10,\n"
	    "                             0: all)\n"
	    "      --owner NAME           the profile's owner (default: "
	    "the author on most\n"
	    "                             papers)\n"
	    "  -F, --format FORMAT        text (default), csv or yaml\n"
	    "  -w, --width WIDTH          fit text to WIDTH columns "
	    "(default 80, 0: no bars)\n"
	    "      --color WHEN           colour the text: auto (default: "
	    "on a terminal),\n"
	    "                             always or never\n"
	    "      --csv-raw              CSV cells as they are, formulas "
	    "not neutralised\n"
	    "      --bom                  start CSV with a byte order mark "
	    "(for Excel)\n"
	    "  -f, --input-format FORMAT  read FILEs as FORMAT: profile, yaml,\n"
	    "                             atom, dblp, bibtex, csv (default: detect)\n"
	    "  -L, --library LIBRARY      count this library when no FILE "
	    "is given\n"
	    "      --as-of DATE           resolve dates without a year "
	    "(YYYY-MM-DD)\n"
	    "      --max NAME=N           change a limit on the input: field,\n"
	    "                             authors, depth or input (see pubtool(1))\n"
	    "  -h, --help                 show this help\n", fp);
}

static int
collect_record(void *arg, const struct record *rec)
{
	struct input	*in = arg;

	/* Only the area, the date and the lists are counted. */
	recset_add_omit(&in->set, rec, ((1u << RF_NSTRING) - 1) &
	    ~(1u << RF_AREA | 1u << RF_DATE));
	return 0;
}

static int
collect_profile(void *arg, const struct profile *p)
{
	struct input	*in = arg;

	in->profs = xreallocarray(in->profs, in->nprofs + 1,
	    sizeof(*in->profs));
	memset(&in->profs[in->nprofs], 0, sizeof(in->profs[0]));
	in->profs[in->nprofs].p = *p;
	in->profs[in->nprofs].start = in->set.n;
	in->nprofs++;
	return 0;
}

/*
 * Works out which records each profile header describes: those read
 * after it, up to the next header, from the same input as the first of
 * them.
 */
static void
count_profiles(struct input *in)
{
	struct prof	*pr;
	size_t		 k, i, end;
	const char	*file;

	for (k = 0; k < in->nprofs; k++) {
		pr = &in->profs[k];
		end = k + 1 < in->nprofs ? in->profs[k + 1].start : in->set.n;
		if (pr->start >= end)
			continue;
		pr->source = file = in->set.recs[pr->start]->pos.file;
		for (i = pr->start; i < end; i++) {
			const char *f = in->set.recs[i]->pos.file;

			if (f != file && (f == NULL || file == NULL ||
			    strcmp(f, file) != 0))
				break;
			pr->parsed++;
		}
	}
}

/* "36.0": the per cent of part in whole, to one decimal. */
static void
fmt_percent(char *s, size_t size, size_t part, size_t whole)
{
	unsigned long	 pm = stats_permille(part, whole);

	snprintf(s, size, "%lu.%lu", pm / 10, pm % 10);
}

static size_t
ndigits(size_t n)
{
	size_t	 d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/*
 * Writes s padded with spaces to width columns, on the right of it, or
 * on the left when right is set.
 */
static void
put_padded(FILE *fp, const char *s, size_t width, bool right)
{
	size_t	 w = text_width(s, strlen(s));

	if (right)
		for (; w < width; w++)
			putc(' ', fp);
	fputs(s, fp);
	if (!right)
		for (; w < width; w++)
			putc(' ', fp);
}

/*
 * Sets b to s, cut to at most width columns with an ellipsis when it is
 * wider; its last keep bytes (an area's code) stay when there is room.
 */
static void
fit(struct buf *b, const char *s, size_t width, size_t keep)
{
	size_t	 len = strlen(s), i, w = 0, kw;
	int32_t	 cp;
	int	 n, cw;

	buf_reset(b);
	if (text_width(s, len) <= width) {
		buf_addstr(b, s);
		return;
	}
	kw = keep > len ? 0 : text_width(s + len - keep, keep);
	if (keep > len || kw + 3 > width) {
		keep = 0;
		kw = 0;
	}
	for (i = 0; i < len - keep; i += (size_t)n) {
		if ((n = text_next(s + i, len - keep - i, &cp)) < 0)
			break;
		cw = text_cpwidth(cp);
		if (cw < 0)
			cw = 0;
		if (w + (size_t)cw + 1 + kw > width)
			break;
		w += (size_t)cw;
	}
	while (i > 0 && s[i - 1] == ' ')
		i--;
	buf_add(b, s, i);
	buf_addstr(b, "\u2026");
	buf_add(b, s + len - keep, keep);
}

/*
 * Draws count as a bar of the given width in eighths of a block, the
 * largest count, max, filling it; a count above 0 shows at least one
 * eighth.
 */
static void
put_bar(FILE *fp, size_t count, size_t max, size_t width)
{
	size_t	 e, i;

	if (count == 0 || max == 0)
		return;
	e = (count * width * 8 + max / 2) / max;
	if (e == 0)
		e = 1;
	for (i = 0; i < e / 8; i++)
		fputs(eighths[7], fp);
	if (e % 8 != 0)
		fputs(eighths[e % 8 - 1], fp);
}

/* A section heading, after an empty line unless it is the first. */
static void
heading(FILE *fp, const struct stats_opts *o, bool *started,
    const char *fmt, ...)
{
	va_list	 ap;

	if (*started)
		putc('\n', fp);
	*started = true;
	fputs(color_start(o->color, COLOR_HEADING), fp);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputs(color_end(o->color), fp);
	putc('\n', fp);
}

/*
 * A bar chart: "  label  count  percent  bar" for each row, the numbers
 * right-aligned, the percentages of total, the bars fitted to the width
 * (at least 10 columns; labels are shortened to make room, down to 12
 * columns).  With width 0 there are no bars.
 */
static void
text_bars(FILE *fp, const struct stats_opts *o, const struct bar_row *rows,
    size_t n, size_t total)
{
	struct buf	 b;
	char		 pct[32];
	size_t		 i, lw = 0, cw, max = 0, fixed, barw = 0, w;

	if (n == 0) {
		fputs("  (none)\n", fp);
		return;
	}
	for (i = 0; i < n; i++) {
		w = text_width(rows[i].label, strlen(rows[i].label));
		if (w > lw)
			lw = w;
		if (rows[i].count > max)
			max = rows[i].count;
	}
	cw = ndigits(max);
	fixed = 2 + 2 + cw + 2 + 6 + 2;
	if (o->width > 0) {
		if (fixed + lw + 10 > o->width) {
			w = o->width > fixed + 10 + 12 ? o->width - fixed - 10 :
			    12;
			if (w < lw)
				lw = w;
		}
		barw = o->width > fixed + lw + 10 ? o->width - fixed - lw :
		    10;
	}
	buf_init(&b);
	for (i = 0; i < n; i++) {
		fit(&b, rows[i].label, lw, rows[i].keep);
		fputs("  ", fp);
		put_padded(fp, buf_str(&b), lw, false);
		fprintf(fp, "  %*zu", (int)cw, rows[i].count);
		fmt_percent(pct, sizeof(pct), rows[i].count, total);
		fprintf(fp, "  %5s%%", pct);
		if (barw > 0 && rows[i].count > 0) {
			fputs("  ", fp);
			put_bar(fp, rows[i].count, max, barw);
		}
		putc('\n', fp);
	}
	buf_release(&b);
}

/*
 * Writes prefix and the items joined by sep (", " or " "), wrapped at the
 * width before an item that does not fit, never inside one; continuation
 * lines are indented by indent columns, and a comma stays at the end of
 * the line it follows.
 */
static void
text_wrap(FILE *fp, const struct stats_opts *o, const char *prefix,
    size_t indent, const char *sep, const char *const *items, size_t n)
{
	size_t	 i, col, w, seplen = strlen(sep);

	fputs(prefix, fp);
	col = color_width(prefix, strlen(prefix));
	for (i = 0; i < n; i++) {
		w = color_width(items[i], strlen(items[i]));
		if (i > 0 && o->width > 0 && col + seplen + w > o->width) {
			if (sep[0] == ',')
				putc(',', fp);
			fprintf(fp, "\n%*s", (int)indent, "");
			col = indent;
		} else if (i > 0) {
			fputs(sep, fp);
			col += seplen;
		}
		fputs(items[i], fp);
		col += w;
	}
	putc('\n', fp);
}

/*
 * A "  label      value" line of the summary, profile and owner
 * sections, the value wrapped at the width between words and aligned.
 */
static void
text_kv(FILE *fp, const struct stats_opts *o, const char *label,
    const char *fmt, ...)
{
	va_list		  ap;
	char		  prefix[64];
	const char	**words;
	char		 *value, *p;
	size_t		  n = 0, max = 1;
	int		  len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		len = 0;
	value = xmalloc((size_t)len + 1);
	value[0] = '\0';
	va_start(ap, fmt);
	(void)vsnprintf(value, (size_t)len + 1, fmt, ap);
	va_end(ap);
	for (p = value; *p != '\0'; p++)
		if (*p == ' ')
			max++;
	words = xcalloc(max, sizeof(*words));
	for (p = value; p != NULL && *p != '\0'; ) {
		words[n++] = p;
		if ((p = strchr(p, ' ')) != NULL)
			*p++ = '\0';
	}
	snprintf(prefix, sizeof(prefix), "  %-10s ", label);
	text_wrap(fp, o, prefix, 13, " ", words, n);
	free(words);
	free(value);
}

static void
text_summary(FILE *fp, const struct stats_opts *o, const struct stats *st,
    bool *started)
{
	const char	*on = color_start(o->color, COLOR_DATE);
	const char	*off = color_end(o->color);
	char		 pct[32];

	heading(fp, o, started, "Summary");
	text_kv(fp, o, "papers", "%zu", st->papers);
	fmt_percent(pct, sizeof(pct), st->with_code, st->papers);
	text_kv(fp, o, "with code", "%zu (%s%%)", st->with_code, pct);
	fmt_percent(pct, sizeof(pct), st->et_al, st->papers);
	text_kv(fp, o, "et al.", "%zu (%s%%) author lists cut short",
	    st->et_al, pct);
	if (st->undated > 0) {
		fmt_percent(pct, sizeof(pct), st->undated, st->papers);
		text_kv(fp, o, "undated", "%zu (%s%%)", st->undated, pct);
	}
	if (st->first_date != NULL && strcmp(st->first_date,
	    st->last_date) != 0)
		text_kv(fp, o, "dates", "%s%s%s to %s%s%s", on, st->first_date,
		    off, on, st->last_date, off);
	else if (st->first_date != NULL)
		text_kv(fp, o, "dates", "%s%s%s", on, st->first_date, off);
}

/* The header figures of each profile read, beside what was parsed. */
static void
text_profile(FILE *fp, const struct stats_opts *o, const struct input *in,
    bool *started)
{
	const struct prof	*pr;
	const struct profile	*p;
	size_t			 k;

	for (k = 0; k < in->nprofs; k++) {
		pr = &in->profs[k];
		p = &pr->p;
		if (in->nprofs > 1)
			heading(fp, o, started, "Profile header (%s)",
			    pr->source != NULL ? pr->source : "no records");
		else
			heading(fp, o, started, "Profile header");
		if (p->papers >= 0 && p->listed >= 0 &&
		    p->papers != p->listed)
			text_kv(fp, o, "papers", "profile says %ld papers, "
			    "lists %ld; %zu parsed", p->papers, p->listed,
			    pr->parsed);
		else if (p->listed >= 0 || p->papers >= 0)
			text_kv(fp, o, "papers", "profile %s %ld paper%s; "
			    "%zu parsed", p->listed >= 0 ? "lists" : "says",
			    p->listed >= 0 ? p->listed : p->papers,
			    (p->listed >= 0 ? p->listed : p->papers) == 1 ?
			    "" : "s", pr->parsed);
		else
			text_kv(fp, o, "papers", "%zu parsed", pr->parsed);
		if (p->h_index >= 0)
			text_kv(fp, o, "h-index", "%ld", p->h_index);
		if (p->citations >= 0)
			text_kv(fp, o, "citations", "%ld", p->citations);
		if (p->novelty >= 0)
			text_kv(fp, o, "novelty", "%ld%%", p->novelty);
		if (p->ai_score >= 0)
			text_kv(fp, o, "AI score", "%ld", p->ai_score);
	}
}

static void
text_areas(FILE *fp, const struct stats_opts *o, const struct stats *st,
    bool *started)
{
	struct bar_row	*rows;
	struct buf	*labels;
	const char	*paren;
	size_t		 i;

	heading(fp, o, started, "By area \u00B7 %zu area%s", st->nareas,
	    st->nareas == 1 ? "" : "s");
	rows = xcalloc(st->nareas + 1, sizeof(*rows));
	labels = xcalloc(st->nareas + 1, sizeof(*labels));
	for (i = 0; i < st->nareas; i++) {
		buf_init(&labels[i]);
		area_heading(&labels[i], st->areas[i].code,
		    config_area_name(o->config, st->areas[i].code));
		rows[i].label = buf_str(&labels[i]);
		/* A shortened name keeps its code: "Distribu… (DC)". */
		if ((paren = strrchr(rows[i].label, '(')) != NULL &&
		    paren > rows[i].label && paren[-1] == ' ')
			rows[i].keep = strlen(paren - 1);
		rows[i].count = st->areas[i].papers;
	}
	text_bars(fp, o, rows, st->nareas, st->papers);
	for (i = 0; i < st->nareas; i++)
		buf_release(&labels[i]);
	free(labels);
	free(rows);
}

static void
text_years(FILE *fp, const struct stats_opts *o, const struct stats *st,
    bool *started)
{
	struct bar_row	*rows;
	char		(*labels)[16];
	size_t		 i, ndated = st->nyears - (st->undated > 0);

	if (ndated == 0)
		heading(fp, o, started, "By year%s", st->undated > 0 ?
		    " \u00B7 undated" : "");
	else if (ndated == 1)
		heading(fp, o, started, "By year \u00B7 %d%s", st->years[0].year,
		    st->undated > 0 ? " and undated" : "");
	else
		heading(fp, o, started, "By year \u00B7 %d to %d%s",
		    st->years[ndated - 1].year, st->years[0].year,
		    st->undated > 0 ? " and undated" : "");
	rows = xcalloc(st->nyears + 1, sizeof(*rows));
	labels = xcalloc(st->nyears + 1, sizeof(*labels));
	for (i = 0; i < st->nyears; i++) {
		if (st->years[i].year == 0)
			snprintf(labels[i], sizeof(labels[i]), "undated");
		else
			snprintf(labels[i], sizeof(labels[i]), "%d",
			    st->years[i].year);
		rows[i].label = labels[i];
		rows[i].count = st->years[i].papers;
	}
	text_bars(fp, o, rows, st->nyears, st->papers);
	free(labels);
	free(rows);
}

/*
 * The area x year table: a row for each year with papers, newest first,
 * a column for each area, most papers first, and totals.  When it is
 * wider than the width, the areas are split over several tables.
 */
static void
text_cross(FILE *fp, const struct stats_opts *o, const struct stats *st,
    bool *started)
{
	size_t		*cw;
	size_t		 lw = 5, totw, i, j, a0, a1, used;
	char		 num[32];
	bool		 last;

	heading(fp, o, started, "Area \u00D7 year");
	if (st->nareas == 0) {
		fputs("  (none)\n", fp);
		return;
	}
	if (st->undated > 0)
		lw = 7;
	cw = xcalloc(st->nareas + 1, sizeof(*cw));
	for (i = 0; i < st->nareas; i++) {
		const char *code = st->areas[i].code;

		cw[i] = text_width(code == NULL ? "none" : code,
		    strlen(code == NULL ? "none" : code));
		if (ndigits(st->areas[i].papers) > cw[i])
			cw[i] = ndigits(st->areas[i].papers);
	}
	totw = ndigits(st->papers) > 5 ? ndigits(st->papers) : 5;
	for (a0 = 0; a0 < st->nareas; a0 = a1) {
		/* As many areas as fit, at least one; the total last. */
		used = 2 + lw;
		for (a1 = a0; a1 < st->nareas; a1++) {
			size_t more = 2 + cw[a1] +
			    (a1 + 1 == st->nareas ? 2 + totw : 0);

			if (o->width > 0 && a1 > a0 && used + more > o->width)
				break;
			used += 2 + cw[a1];
		}
		last = a1 == st->nareas;
		if (a0 > 0)
			putc('\n', fp);
		fputs("  ", fp);
		put_padded(fp, "year", lw, false);
		for (i = a0; i < a1; i++) {
			fputs("  ", fp);
			put_padded(fp, st->areas[i].code == NULL ? "none" :
			    st->areas[i].code, cw[i], true);
		}
		if (last) {
			fputs("  ", fp);
			put_padded(fp, "total", totw, true);
		}
		putc('\n', fp);
		for (j = 0; j < st->nyears; j++) {
			if (st->years[j].papers == 0)
				continue;
			if (st->years[j].year == 0)
				snprintf(num, sizeof(num), "undated");
			else
				snprintf(num, sizeof(num), "%d",
				    st->years[j].year);
			fputs("  ", fp);
			put_padded(fp, num, lw, false);
			for (i = a0; i < a1; i++) {
				size_t c = st->cells[i * st->nyears + j];

				if (c == 0)
					snprintf(num, sizeof(num), "\u00B7");
				else
					snprintf(num, sizeof(num), "%zu", c);
				fputs("  ", fp);
				put_padded(fp, num, cw[i], true);
			}
			if (last)
				fprintf(fp, "  %*zu", (int)totw,
				    st->years[j].papers);
			putc('\n', fp);
		}
		fputs("  ", fp);
		put_padded(fp, "total", lw, false);
		for (i = a0; i < a1; i++)
			fprintf(fp, "  %*zu", (int)cw[i], st->areas[i].papers);
		if (last)
			fprintf(fp, "  %*zu", (int)totw, st->papers);
		putc('\n', fp);
	}
	free(cw);
}

/* How many co-authors --top lets through. */
static size_t
ncoauthors_shown(const struct stats_opts *o, const struct stats *st)
{
	return o->top == 0 || o->top > st->ncoauthors ? st->ncoauthors :
	    o->top;
}

/*
 * The owner, apart, then the top co-authors as a bar chart, then the
 * name variants that were counted as one person.
 */
static void
text_authors(FILE *fp, const struct stats_opts *o, const struct stats *st,
    bool *started)
{
	struct bar_row	*rows;
	struct buf	 prefix;
	char		 pct[32];
	size_t		 i, n = ncoauthors_shown(o, st);
	bool		 first;

	if (st->owner.name != NULL) {
		heading(fp, o, started, "Owner \u00B7 %s%s%s",
		    color_start(o->color, COLOR_OWNER), st->owner.name,
		    color_end(o->color));
		fmt_percent(pct, sizeof(pct), st->owner.papers, st->papers);
		text_kv(fp, o, "papers", "%zu of %zu (%s%%)",
		    st->owner.papers, st->papers, pct);
		if (st->owner.papers < st->papers)
			text_kv(fp, o, "not named", "%zu (%zu of them in "
			    "author lists cut short)", st->papers -
			    st->owner.papers, st->owner_hidden);
		text_kv(fp, o, "chosen", "%s%s", st->owner_inferred ?
		    "inferred: the author on most papers" : o->owner_set ?
		    "given with --owner" : "given in the configuration",
		    !st->owner_inferred && st->owner.nvariants == 0 ?
		    "; on no paper" : "");
		if (st->owner.nvariants > 1)
			text_wrap(fp, o, "  variants   ", 13, ", ",
			    st->owner.variants, st->owner.nvariants);
	}
	if (n == st->ncoauthors)
		heading(fp, o, started, "Co-authors \u00B7 %zu", n);
	else
		heading(fp, o, started, "Co-authors \u00B7 top %zu of %zu", n,
		    st->ncoauthors);
	rows = xcalloc(n + 1, sizeof(*rows));
	for (i = 0; i < n; i++) {
		rows[i].label = st->coauthors[i].name;
		rows[i].count = st->coauthors[i].papers;
	}
	text_bars(fp, o, rows, n, st->papers);
	free(rows);
	/* Say so when the cut falls among equals. */
	for (i = n; n > 0 && i < st->ncoauthors &&
	    st->coauthors[i].papers == st->coauthors[n - 1].papers; i++)
		;
	if (i > n)
		fprintf(fp, "  and %zu more on %zu paper%s\n", i - n,
		    st->coauthors[n - 1].papers,
		    st->coauthors[n - 1].papers == 1 ? "" : "s");
	/* The spellings counted as one, below the chart. */
	buf_init(&prefix);
	for (i = 0, first = true; i < n; i++) {
		if (st->coauthors[i].nvariants < 2)
			continue;
		if (first)
			putc('\n', fp);
		first = false;
		buf_reset(&prefix);
		buf_addf(&prefix, "  %s: also ", st->coauthors[i].name);
		text_wrap(fp, o, buf_str(&prefix), 4, ", ",
		    st->coauthors[i].variants + 1,
		    st->coauthors[i].nvariants - 1);
	}
	buf_release(&prefix);
}

static void
write_text(FILE *fp, const struct stats_opts *o, const struct stats *st,
    const struct input *in)
{
	bool	 started = false;

	if (o->by == BY_ALL) {
		text_summary(fp, o, st, &started);
		text_profile(fp, o, in, &started);
	}
	if (o->by == BY_ALL || o->by == BY_AREA)
		text_areas(fp, o, st, &started);
	if (o->by == BY_ALL || o->by == BY_YEAR)
		text_years(fp, o, st, &started);
	if (o->by == BY_ALL || o->by == BY_AREA_YEAR)
		text_cross(fp, o, st, &started);
	if (o->by == BY_ALL || o->by == BY_AUTHOR)
		text_authors(fp, o, st, &started);
}

/* One CSV cell, guarded against formulas unless --csv-raw. */
static void
stats_csv_cell(FILE *fp, const struct stats_opts *o, const char *s)
{
	if (s != NULL)
		csv_cell(fp, s, strlen(s), !o->csv_raw);
}

/* A CSV row of NCOLS cells (NULL: empty), ended by CR LF. */
static void
csv_row(FILE *fp, const struct stats_opts *o, const char *const *cell)
{
	size_t	 i;

	for (i = 0; i < NCOLS; i++) {
		if (i > 0)
			putc(',', fp);
		stats_csv_cell(fp, o, cell[i]);
	}
	fputs("\r\n", fp);
}

/* A row for a person: the owner or a co-author. */
static void
csv_author(FILE *fp, const struct stats_opts *o, const struct stats *st,
    const char *table, const char *field, const struct stats_author *a)
{
	const char	*cell[NCOLS] = { NULL };
	struct buf	 variants;
	char		 papers[32], pct[32];
	size_t		 i;

	buf_init(&variants);
	for (i = 0; i < a->nvariants; i++) {
		if (i > 0)
			buf_addstr(&variants, "; ");
		buf_addstr(&variants, a->variants[i]);
	}
	snprintf(papers, sizeof(papers), "%zu", a->papers);
	fmt_percent(pct, sizeof(pct), a->papers, st->papers);
	cell[COL_TABLE] = table;
	cell[COL_FIELD] = field;
	cell[COL_AUTHOR] = a->name;
	cell[COL_VARIANTS] = buf_str(&variants);
	cell[COL_PAPERS] = papers;
	cell[COL_PERCENT] = pct;
	csv_row(fp, o, cell);
	buf_release(&variants);
}

/*
 * -F csv: one long table, a row per figure, the first column naming the
 * table it belongs to (pubtool-stats(1), CSV).
 */
static void
write_csv(FILE *fp, const struct stats_opts *o, const struct stats *st,
    const struct input *in)
{
	const char	*cell[NCOLS];
	char		 num[32], pct[32], year[16];
	size_t		 i, j, k;

	if (o->bom)
		fputs("\xEF\xBB\xBF", fp);
	csv_row(fp, o, csv_header);
	if (o->by == BY_ALL) {
		static const char *const counts[] = {
			"papers", "with_code", "et_al", "undated"
		};
		const size_t values[] = {
			st->papers, st->with_code, st->et_al, st->undated
		};

		for (i = 0; i < 4; i++) {
			memset(cell, 0, sizeof(cell));
			cell[COL_TABLE] = "summary";
			cell[COL_FIELD] = counts[i];
			snprintf(num, sizeof(num), "%zu", values[i]);
			cell[COL_PAPERS] = num;
			fmt_percent(pct, sizeof(pct), values[i], st->papers);
			if (i > 0)
				cell[COL_PERCENT] = pct;
			csv_row(fp, o, cell);
		}
		memset(cell, 0, sizeof(cell));
		cell[COL_TABLE] = "summary";
		cell[COL_FIELD] = "first_date";
		cell[COL_VALUE] = st->first_date;
		csv_row(fp, o, cell);
		cell[COL_FIELD] = "last_date";
		cell[COL_VALUE] = st->last_date;
		csv_row(fp, o, cell);
		cell[COL_FIELD] = "coauthors";
		snprintf(num, sizeof(num), "%zu", st->ncoauthors);
		cell[COL_VALUE] = num;
		csv_row(fp, o, cell);

		for (k = 0; k < in->nprofs; k++) {
			const struct prof *pr = &in->profs[k];
			const char *const names[] = {
				"papers", "listed", "parsed", "h_index",
				"citations", "novelty", "ai_score"
			};
			const long v[] = {
				pr->p.papers, pr->p.listed, (long)pr->parsed,
				pr->p.h_index, pr->p.citations, pr->p.novelty,
				pr->p.ai_score
			};

			memset(cell, 0, sizeof(cell));
			cell[COL_TABLE] = "profile";
			cell[COL_FIELD] = "source";
			cell[COL_VALUE] = pr->source;
			csv_row(fp, o, cell);
			for (i = 0; i < 7; i++) {
				cell[COL_FIELD] = names[i];
				snprintf(num, sizeof(num), "%ld", v[i]);
				cell[COL_VALUE] = v[i] >= 0 ? num : NULL;
				csv_row(fp, o, cell);
			}
		}
	}
	if (o->by == BY_ALL || o->by == BY_AREA)
		for (i = 0; i < st->nareas; i++) {
			memset(cell, 0, sizeof(cell));
			cell[COL_TABLE] = "area";
			cell[COL_AREA] = st->areas[i].code;
			cell[COL_AREA_NAME] = config_area_name(o->config,
			    st->areas[i].code);
			snprintf(num, sizeof(num), "%zu", st->areas[i].papers);
			cell[COL_PAPERS] = num;
			fmt_percent(pct, sizeof(pct), st->areas[i].papers,
			    st->papers);
			cell[COL_PERCENT] = pct;
			csv_row(fp, o, cell);
		}
	if (o->by == BY_ALL || o->by == BY_YEAR)
		for (j = 0; j < st->nyears; j++) {
			memset(cell, 0, sizeof(cell));
			cell[COL_TABLE] = "year";
			snprintf(year, sizeof(year), "%d", st->years[j].year);
			cell[COL_YEAR] = st->years[j].year == 0 ? NULL : year;
			snprintf(num, sizeof(num), "%zu", st->years[j].papers);
			cell[COL_PAPERS] = num;
			fmt_percent(pct, sizeof(pct), st->years[j].papers,
			    st->papers);
			cell[COL_PERCENT] = pct;
			csv_row(fp, o, cell);
		}
	if (o->by == BY_ALL || o->by == BY_AREA_YEAR)
		for (i = 0; i < st->nareas; i++)
			for (j = 0; j < st->nyears; j++) {
				size_t c = st->cells[i * st->nyears + j];

				if (c == 0)
					continue;
				memset(cell, 0, sizeof(cell));
				cell[COL_TABLE] = "area_year";
				cell[COL_AREA] = st->areas[i].code;
				cell[COL_AREA_NAME] = config_area_name(
				    o->config, st->areas[i].code);
				snprintf(year, sizeof(year), "%d",
				    st->years[j].year);
				cell[COL_YEAR] = st->years[j].year == 0 ?
				    NULL : year;
				snprintf(num, sizeof(num), "%zu", c);
				cell[COL_PAPERS] = num;
				fmt_percent(pct, sizeof(pct), c, st->papers);
				cell[COL_PERCENT] = pct;
				csv_row(fp, o, cell);
			}
	if (o->by == BY_ALL || o->by == BY_AUTHOR) {
		if (st->owner.name != NULL) {
			csv_author(fp, o, st, "owner", "papers", &st->owner);
			memset(cell, 0, sizeof(cell));
			cell[COL_TABLE] = "owner";
			cell[COL_FIELD] = "hidden";
			cell[COL_AUTHOR] = st->owner.name;
			snprintf(num, sizeof(num), "%zu", st->owner_hidden);
			cell[COL_PAPERS] = num;
			fmt_percent(pct, sizeof(pct), st->owner_hidden,
			    st->papers);
			cell[COL_PERCENT] = pct;
			csv_row(fp, o, cell);
			cell[COL_FIELD] = "inferred";
			cell[COL_PAPERS] = cell[COL_PERCENT] = NULL;
			cell[COL_VALUE] = st->owner_inferred ? "true" :
			    "false";
			csv_row(fp, o, cell);
		}
		for (i = 0; i < ncoauthors_shown(o, st); i++)
			csv_author(fp, o, st, "coauthor", NULL,
			    &st->coauthors[i]);
	}
}

/*
 * A YAML double-quoted scalar: backslash and quote escaped, and every
 * control or line-breaking character written as an escape.
 */
static void
yaml_str(FILE *fp, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;

	putc('"', fp);
	for (; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p == '\t')
			fputs("\\t", fp);
		else if (*p == '\n')
			fputs("\\n", fp);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(fp, "\\x%02X", *p);
		else if (p[0] == 0xC2 && p[1] == 0x85) {
			fputs("\\N", fp);		/* U+0085 */
			p++;
		} else if (p[0] == 0xE2 && p[1] == 0x80 &&
		    (p[2] == 0xA8 || p[2] == 0xA9)) {
			fputs(p[2] == 0xA8 ? "\\L" : "\\P", fp);
			p += 2;
		} else if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
			fputs("\\uFEFF", fp);
			p += 2;
		} else
			putc(*p, fp);
	}
	putc('"', fp);
}

/*
 * A person as YAML mapping entries: the first line starts with first,
 * the others with indent.  The owner also says whether it was inferred
 * and how many papers may hide it.
 */
static void
yaml_author(FILE *fp, const struct stats *st, const char *first,
    const char *indent, const struct stats_author *a, bool is_owner)
{
	char	 pct[32];
	size_t	 i;

	fprintf(fp, "%sname: ", first);
	yaml_str(fp, a->name);
	putc('\n', fp);
	if (is_owner)
		fprintf(fp, "%sinferred: %s\n", indent, st->owner_inferred ?
		    "true" : "false");
	fmt_percent(pct, sizeof(pct), a->papers, st->papers);
	fprintf(fp, "%spapers: %zu\n%spercent: %s\n", indent, a->papers,
	    indent, pct);
	if (is_owner) {
		fmt_percent(pct, sizeof(pct), st->owner_hidden, st->papers);
		fprintf(fp, "%shidden: %zu\n%shidden_percent: %s\n", indent,
		    st->owner_hidden, indent, pct);
	}
	if (a->nvariants == 0) {
		fprintf(fp, "%svariants: []\n", indent);
		return;
	}
	fprintf(fp, "%svariants:\n", indent);
	for (i = 0; i < a->nvariants; i++) {
		fprintf(fp, "%s  - ", indent);
		yaml_str(fp, a->variants[i]);
		putc('\n', fp);
	}
}

/*
 * -F yaml: one mapping with a key per table (pubtool-stats(1), YAML);
 * strings are double-quoted.
 */
static void
write_yaml(FILE *fp, const struct stats_opts *o, const struct stats *st,
    const struct input *in)
{
	char		 pct[32];
	size_t		 i, j, k, n;
	const char	*name;

	if (o->by == BY_ALL) {
		fprintf(fp, "summary:\n  papers: %zu\n", st->papers);
		fmt_percent(pct, sizeof(pct), st->with_code, st->papers);
		fprintf(fp, "  with_code: %zu\n  with_code_percent: %s\n",
		    st->with_code, pct);
		fmt_percent(pct, sizeof(pct), st->et_al, st->papers);
		fprintf(fp, "  et_al: %zu\n  et_al_percent: %s\n", st->et_al,
		    pct);
		fmt_percent(pct, sizeof(pct), st->undated, st->papers);
		fprintf(fp, "  undated: %zu\n  undated_percent: %s\n",
		    st->undated, pct);
		fputs("  first_date: ", fp);
		if (st->first_date != NULL)
			yaml_str(fp, st->first_date);
		else
			fputs("null", fp);
		fputs("\n  last_date: ", fp);
		if (st->last_date != NULL)
			yaml_str(fp, st->last_date);
		else
			fputs("null", fp);
		fprintf(fp, "\n  coauthors: %zu\n", st->ncoauthors);

		fputs(in->nprofs == 0 ? "profiles: []\n" : "profiles:\n", fp);
		for (k = 0; k < in->nprofs; k++) {
			const struct prof *pr = &in->profs[k];
			const char *const names[] = {
				"papers", "listed", "h_index", "citations",
				"novelty", "ai_score"
			};
			const long v[] = {
				pr->p.papers, pr->p.listed, pr->p.h_index,
				pr->p.citations, pr->p.novelty, pr->p.ai_score
			};

			fputs("  - source: ", fp);
			if (pr->source != NULL)
				yaml_str(fp, pr->source);
			else
				fputs("null", fp);
			fprintf(fp, "\n    parsed: %zu\n", pr->parsed);
			for (i = 0; i < 6; i++)
				if (v[i] >= 0)
					fprintf(fp, "    %s: %ld\n", names[i],
					    v[i]);
				else
					fprintf(fp, "    %s: null\n",
					    names[i]);
		}
	}
	if (o->by == BY_ALL || o->by == BY_AREA) {
		fputs(st->nareas == 0 ? "areas: []\n" : "areas:\n", fp);
		for (i = 0; i < st->nareas; i++) {
			fputs("  - code: ", fp);
			if (st->areas[i].code == NULL)
				fputs("null\n    name: null", fp);
			else {
				yaml_str(fp, st->areas[i].code);
				fputs("\n    name: ", fp);
				if ((name = config_area_name(o->config,
				    st->areas[i].code)) != NULL)
					yaml_str(fp, name);
				else
					fputs("null", fp);
			}
			fmt_percent(pct, sizeof(pct), st->areas[i].papers,
			    st->papers);
			fprintf(fp, "\n    papers: %zu\n    percent: %s\n",
			    st->areas[i].papers, pct);
		}
	}
	if (o->by == BY_ALL || o->by == BY_YEAR) {
		fputs(st->nyears == 0 ? "years: []\n" : "years:\n", fp);
		for (j = 0; j < st->nyears; j++) {
			if (st->years[j].year == 0)
				fputs("  - year: null\n", fp);
			else
				fprintf(fp, "  - year: %d\n",
				    st->years[j].year);
			fmt_percent(pct, sizeof(pct), st->years[j].papers,
			    st->papers);
			fprintf(fp, "    papers: %zu\n    percent: %s\n",
			    st->years[j].papers, pct);
		}
	}
	if (o->by == BY_ALL || o->by == BY_AREA_YEAR) {
		fputs(st->papers == 0 ? "area_year: []\n" : "area_year:\n",
		    fp);
		for (i = 0; i < st->nareas; i++)
			for (j = 0; j < st->nyears; j++) {
				size_t c = st->cells[i * st->nyears + j];

				if (c == 0)
					continue;
				fputs("  - area: ", fp);
				if (st->areas[i].code == NULL)
					fputs("null", fp);
				else
					yaml_str(fp, st->areas[i].code);
				if (st->years[j].year == 0)
					fputs("\n    year: null\n", fp);
				else
					fprintf(fp, "\n    year: %d\n",
					    st->years[j].year);
				fmt_percent(pct, sizeof(pct), c, st->papers);
				fprintf(fp, "    papers: %zu\n    percent: "
				    "%s\n", c, pct);
			}
	}
	if (o->by == BY_ALL || o->by == BY_AUTHOR) {
		if (st->owner.name == NULL)
			fputs("owner: null\n", fp);
		else {
			fputs("owner:\n", fp);
			yaml_author(fp, st, "  ", "  ", &st->owner, true);
		}
		n = ncoauthors_shown(o, st);
		fputs(n == 0 ? "coauthors: []\n" : "coauthors:\n", fp);
		for (i = 0; i < n; i++)
			yaml_author(fp, st, "  - ", "    ",
			    &st->coauthors[i], false);
	}
}

/* A whole number from 0 to max, digits only. */
static bool
parse_number(const char *s, unsigned long max, unsigned long *v)
{
	char	*end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoul(s, &end, 10);
	return errno == 0 && *end == '\0' && *v <= max;
}

static int
stats(const struct stats_opts *o, char **files, int nfiles)
{
	struct input	 in;
	struct sink	 sink = { collect_record, collect_profile, &in };
	struct stats	 st;
	int		 rc;

	memset(&in, 0, sizeof(in));
	recset_init(&in.set);
	rc = input_read("stats", files, nfiles, &o->ro, &sink, true);
	if (rc == EXIT_USAGE) {
		recset_release(&in.set);
		free(in.profs);
		return EXIT_USAGE;
	}
	count_profiles(&in);
	stats_init(&st);
	stats_count(&st, in.set.recs, in.set.n, o->owner, o->config->aliases,
	    o->config->naliases);
	/*
	 * Figures of nothing would look like an empty profile: when no
	 * input could be read, nothing is written.  A write error is
	 * reported once, by main's check of stdout.
	 */
	if (rc >= 0 || in.set.n > 0 || in.nprofs > 0) {
		if (o->format == FMT_TEXT)
			write_text(stdout, o, &st, &in);
		else if (o->format == FMT_CSV)
			write_csv(stdout, o, &st, &in);
		else
			write_yaml(stdout, o, &st, &in);
	}
	stats_release(&st);
	recset_release(&in.set);
	free(in.profs);
	return diag_status();
}

/*
 * Fills in what the command line left unset from the configuration:
 * stats: {by: ..., format: ...}, the owner, the library, CSV
 * neutralising.  EXIT_OK, or EXIT_USAGE after reporting a bad setting.
 */
static int
configure(struct stats_opts *o, const struct config *cfg)
{
	int	 k;

	o->config = o->ro.config = cfg;
	if (!cfg->csv_neutralise)
		o->csv_raw = true;
	if (o->owner == NULL)
		o->owner = cfg->owner;
	if (!o->by_set && cfg->stats.by.s != NULL) {
		if ((k = config_choice(&cfg->stats.by, "stats.by",
		    by_names)) < 0)
			return EXIT_USAGE;
		o->by = (enum stats_by)(k + 1);
	}
	if (!o->format_set && cfg->stats.format.s != NULL) {
		if ((k = config_choice(&cfg->stats.format, "stats.format",
		    format_names)) < 0)
			return EXIT_USAGE;
		o->format = (enum stats_format)k;
	}
	return EXIT_OK;
}

int
cmd_stats(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of",	 required_argument,	NULL, OPT_AS_OF },
		{ "bom",	 no_argument,		NULL, OPT_BOM },
		{ "by",		 required_argument,	NULL, OPT_BY },
		{ "color",	 required_argument,	NULL, OPT_COLOR },
		{ "csv-raw",	 no_argument,		NULL, OPT_CSV_RAW },
		{ "format",	 required_argument,	NULL, 'F' },
		{ "help",	 no_argument,		NULL, 'h' },
		{ "input-format", required_argument,	NULL, 'f' },
		{ "library",	 required_argument,	NULL, 'L' },
		{ "max",	 required_argument,	NULL, OPT_MAX },
		{ "owner",	 required_argument,	NULL, OPT_OWNER },
		{ "top",	 required_argument,	NULL, OPT_TOP },
		{ "width",	 required_argument,	NULL, 'w' },
		{ NULL,		 0,			NULL, 0 }
	};
	struct stats_opts	 o;
	struct config		 cfg;
	unsigned long		 v;
	size_t			 off;
	int			 c, k, rc;

	memset(&o, 0, sizeof(o));
	o.by = BY_ALL;
	o.format = FMT_TEXT;
	o.top = 10;
	o.width = 80;
	o.color = color_auto(STDOUT_FILENO);
	while ((c = getopt_long(argc, argv, ":F:L:f:hw:", longopts, NULL)) !=
	    -1) {
		if (input_option(&o.ro, c, optarg))
			continue;
		switch (c) {
		case 'F':
			if ((k = usage_choice(optarg, format_names)) < 0) {
				diag_usage("stats", "unknown output format "
				    "'%s' (known: text, csv, yaml)", optarg);
				usage(stderr, false);
				return EXIT_USAGE;
			}
			o.format = (enum stats_format)k;
			o.format_set = true;
			break;
		case 'h':
			usage(stdout, true);
			return EXIT_OK;
		case 'w':
			if (!parse_number(optarg, 10000, &v)) {
				diag_usage("stats", "invalid width '%s' "
				    "(0 to 10000)", optarg);
				usage(stderr, false);
				return EXIT_USAGE;
			}
			o.width = (unsigned)v;
			break;
		case OPT_BOM:
			o.bom = true;
			break;
		case OPT_BY:
			if ((k = usage_choice(optarg, by_names)) < 0) {
				diag_usage("stats", "invalid --by '%s' "
				    "(area, year, area,year or author)",
				    optarg);
				usage(stderr, false);
				return EXIT_USAGE;
			}
			o.by = (enum stats_by)(k + 1);
			o.by_set = true;
			break;
		case OPT_COLOR:
			if (!color_option(optarg, "stats", STDOUT_FILENO,
			    &o.color)) {
				usage(stderr, false);
				return EXIT_USAGE;
			}
			break;
		case OPT_CSV_RAW:
			o.csv_raw = true;
			break;
		case OPT_OWNER:
			if (optarg[0] == '\0' || text_check(optarg,
			    strlen(optarg), &off) != TEXT_OK) {
				diag_usage("stats", "invalid --owner '%s' "
				    "(a name, in UTF-8)", optarg);
				usage(stderr, false);
				return EXIT_USAGE;
			}
			o.owner = optarg;
			o.owner_set = true;
			break;
		case OPT_TOP:
			if (!parse_number(optarg, 1000000, &v)) {
				diag_usage("stats", "invalid --top '%s' "
				    "(0 to 1000000)", optarg);
				usage(stderr, false);
				return EXIT_USAGE;
			}
			o.top = (size_t)v;
			break;
		default:
			usage_option_error("stats", c, argv);
			usage(stderr, false);
			return EXIT_USAGE;
		}
	}
	if ((rc = config_load(&cfg)) != EXIT_OK)
		return rc;
	if ((rc = configure(&o, &cfg)) == EXIT_OK)
		rc = stats(&o, argv + optind, argc - optind);
	config_release(&cfg);
	return rc;
}
