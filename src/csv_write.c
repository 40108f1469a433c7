/*
 * The CSV writer: RFC 4180 text in UTF-8, one header row, then one row
 * per record, every row (the last too) ended by CRLF.
 *
 * Columns, always all of them and always in this order (a stable
 * interface: scripts may address them by position):
 *
 *	key,title,authors,et_al,orgs,area,date,year,code,score,abstract,
 *	arxiv,doi,venue,url,pages,volume,sources
 *
 * Cells:
 *  - A string field is written as it is stored; an absent one is an empty
 *    cell (so an absent and an empty string read back the same).
 *  - authors, orgs and sources are joined with "; " (an empty list is an
 *    empty cell).  An item that itself contains "; " cannot be told apart
 *    when the cell is split again.
 *  - et_al and code are "true" or "false"; a record has no third state,
 *    so they are never empty.
 *  - year is derived from date (empty when undated) and score is the
 *    number as stored.  These numeric columns are never neutralised, so
 *    a spreadsheet reads them as numbers.  A score that is not a plain
 *    decimal number (no reader makes one) is treated as text.
 *  - A cell holding a comma, a double quote, CR or LF is enclosed in
 *    double quotes, with each double quote inside doubled; no other cell
 *    is quoted.  Line breaks inside a cell are kept as they are.
 *
 * Formula neutralisation (CWE-1236, OWASP "CSV Injection"): a spreadsheet
 * runs a cell that starts with "=", "+", "-" or "@" as a formula, and
 * one that starts with TAB, CR or LF may be trimmed into one.  By
 * default every text cell (every column but the numeric and boolean
 * ones, lists included) that starts with one of these seven characters
 * gets a single quote "'" in front, which spreadsheets show as text and
 * hide.  This changes the data: a title that really begins with a dash
 * ("-Grams of ...") is written "'-Grams of ...".  That is deliberate;
 * quoting alone does not help, because spreadsheets evaluate "=1+1"
 * after removing the quotes.  A cell that starts with quotes and then a
 * trigger ("'=1") gets one more quote too, so that the guard can be
 * undone exactly: remove one "'" from a cell matching ^'+[-=+@\t\r\n]
 * (what a CSV reader's --strip-formula-guard must do).
 *
 * wopts.csv_raw turns neutralisation off, so that every cell is the
 * stored value exactly (for scripts).  wopts.bom writes a UTF-8 byte
 * order mark before the header, which Excel needs to recognise UTF-8 and
 * which breaks cut(1), awk(1) and head -1; it is off by default.
 *
 * Spreadsheets convert some text cells however they are written: an
 * arXiv id "1010.1010" becomes a number, pages "1-12" a date, and area
 * "NA" is read as missing by pandas and R.  These are left as stored.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csv.h"
#include "format.h"
#include "record.h"
#include "text.h"
#include "xalloc.h"

#define LIST_SEP	"; "

/* What a column holds, which decides how its cells are written. */
enum col_kind {
	COL_TEXT,	/* a string field */
	COL_LIST,	/* a list of strings, joined */
	COL_BOOL,	/* a flag */
	COL_NUMBER,	/* a string field holding a number */
	COL_YEAR	/* the year of the date */
};

/*
 * The columns as data.  field names the string field of COL_TEXT and
 * COL_NUMBER columns; offset places the strlist or bool of COL_LIST and
 * COL_BOOL columns in struct record.
 */
static const struct column {
	const char		*name;
	enum col_kind		 kind;
	enum record_field	 field;
	size_t			 offset;
} columns[] = {
	{ "key",	COL_TEXT,	RF_KEY,		0 },
	{ "title",	COL_TEXT,	RF_TITLE,	0 },
	{ "authors",	COL_LIST,	RF_NSTRING,
	    offsetof(struct record, authors) },
	{ "et_al",	COL_BOOL,	RF_NSTRING,
	    offsetof(struct record, et_al) },
	{ "orgs",	COL_LIST,	RF_NSTRING,
	    offsetof(struct record, orgs) },
	{ "area",	COL_TEXT,	RF_AREA,	0 },
	{ "date",	COL_TEXT,	RF_DATE,	0 },
	{ "year",	COL_YEAR,	RF_NSTRING,	0 },
	{ "code",	COL_BOOL,	RF_NSTRING,
	    offsetof(struct record, code) },
	{ "score",	COL_NUMBER,	RF_SCORE,	0 },
	{ "abstract",	COL_TEXT,	RF_ABSTRACT,	0 },
	{ "arxiv",	COL_TEXT,	RF_ARXIV,	0 },
	{ "doi",	COL_TEXT,	RF_DOI,		0 },
	{ "venue",	COL_TEXT,	RF_VENUE,	0 },
	{ "url",	COL_TEXT,	RF_URL,		0 },
	{ "pages",	COL_TEXT,	RF_PAGES,	0 },
	{ "volume",	COL_TEXT,	RF_VOLUME,	0 },
	{ "sources",	COL_LIST,	RF_NSTRING,
	    offsetof(struct record, sources) },
};

#define NCOLUMNS	(sizeof(columns) / sizeof(columns[0]))

struct cwriter {
	FILE		*fp;
	bool		 raw;	/* wopts.csv_raw */
	struct buf	 cell;	/* the list being joined */
	struct buf	 row;	/* the row being made, written in one go */
};

static void	*cw_open(FILE *, const struct wopts *);
static int	 cw_put(void *, const struct record *);
static int	 cw_close(void *);
static bool	 is_number(const char *);
static void	 put_cell(struct cwriter *, const char *, size_t, bool);
static void	 put_column(struct cwriter *, const struct column *,
		    const struct record *);

const struct writer csv_writer = {
	"csv", cw_open, cw_put, NULL, NULL, cw_close, 0
};

/*
 * Writes the byte order mark when asked to and the header row.  The
 * header is written even when no record follows.
 */
static void *
cw_open(FILE *fp, const struct wopts *opts)
{
	struct cwriter	*w;
	size_t		 i;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->raw = opts->csv_raw;
	buf_init(&w->cell);
	buf_init(&w->row);
	if (opts->bom)
		fputs("\xEF\xBB\xBF", fp);
	for (i = 0; i < NCOLUMNS; i++) {
		if (i > 0)
			putc(',', fp);
		fputs(columns[i].name, fp);
	}
	fputs("\r\n", fp);
	return w;
}

/*
 * Is s an optionally negative decimal number ("21.4", "7", "-1"), which a
 * spreadsheet reads as that number?
 */
static bool
is_number(const char *s)
{
	size_t	 i = 0, digits = 0;

	if (s[i] == '-')
		i++;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (digits > 0 && s[i] == '.')
		for (i++; s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	return digits > 0 && s[i] == '\0' && s[i - 1] != '.';
}

/*
 * Writes the cell s[0..len), neutralised when it is text that would run
 * as a formula (and neutralising is on), quoted when it must be.
 */
static void
put_cell(struct cwriter *w, const char *s, size_t len, bool text)
{
	csv_cell_add(&w->row, s, len, text && !w->raw);
}

/* Writes the cell of column c for record r. */
static void
put_column(struct cwriter *w, const struct column *c, const struct record *r)
{
	const struct strlist	*l;
	const char		*s;
	const bool		*flag;
	size_t			 i;
	int			 year;

	switch (c->kind) {
	case COL_TEXT:
		if ((s = record_field_get(r, c->field)) != NULL)
			put_cell(w, s, strlen(s), true);
		break;
	case COL_NUMBER:
		if ((s = record_field_get(r, c->field)) != NULL)
			put_cell(w, s, strlen(s), !is_number(s));
		break;
	case COL_LIST:
		l = (const struct strlist *)(const void *)
		    ((const char *)r + c->offset);
		buf_reset(&w->cell);
		for (i = 0; i < l->n; i++) {
			if (i > 0)
				buf_addstr(&w->cell, LIST_SEP);
			buf_addstr(&w->cell, l->v[i]);
		}
		put_cell(w, w->cell.data, w->cell.len, true);
		break;
	case COL_BOOL:
		flag = (const bool *)(const void *)
		    ((const char *)r + c->offset);
		buf_addstr(&w->row, *flag ? "true" : "false");
		break;
	case COL_YEAR:
		if ((year = record_year(r)) != 0)
			text_add_int(&w->row, year, 0);
		break;
	}
}

/*
 * Writes one row: every column, in the order of the table.  The row is
 * made in memory and handed to stdio whole, as one call per row costs
 * far less than one per character.
 */
static int
cw_put(void *state, const struct record *r)
{
	struct cwriter	*w = state;
	size_t		 i;

	buf_reset(&w->row);
	for (i = 0; i < NCOLUMNS; i++) {
		if (i > 0)
			buf_addc(&w->row, ',');
		put_column(w, &columns[i], r);
	}
	buf_add(&w->row, "\r\n", 2);
	if (fwrite(w->row.data, 1, w->row.len, w->fp) != w->row.len)
		return -1;
	return ferror(w->fp) ? -1 : 0;
}

static int
cw_close(void *state)
{
	struct cwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->cell);
	buf_release(&w->row);
	free(w);
	return rc;
}
