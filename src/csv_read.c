/*
 * The CSV reader (pubtool-records(5), CSV): RFC 4180 text in UTF-8 whose
 * first row names the columns.  It reads pubtool's own CSV back without
 * loss, and any CSV whose column names map to record fields.
 *
 * Syntax.  Cells are separated by commas; a cell in double quotes may
 * hold commas, doubled quotes ("") and line breaks (CR, LF or CRLF, each
 * read as LF).  Rows end with CRLF, LF or a lone CR, the last one also
 * with the end of the input.  A UTF-8 byte order mark is skipped (by the
 * stream).  Spaces are data.  Blank lines, and rows whose cells are all
 * empty (what spreadsheets leave after the data), are skipped; an empty
 * input or a header alone is no error.  The input is read in blocks and
 * only the row in hand is kept, so memory does not grow with the input,
 * and every step is linear in the size of the row.
 *
 * The header.  Column names match case-insensitively, ignoring every
 * character but ASCII letters and digits ("Author(s)" is "authors",
 * "Primary Class" is "primaryclass").  The names each field answers to
 * are the table aliases[] below.  Columns with any other name are
 * ignored, with one warning that names them; unnamed columns are ignored
 * silently, and so are the cells of ignored columns.  When several
 * columns feed one field, the first non-empty cell wins.  A header with
 * no title column, with a syntax error or a bad byte, with more than
 * MAX_COLUMNS columns or more bytes than the field limit makes the whole
 * input unreadable: it is reported once and every row is dropped (and
 * counted).
 *
 * pubtool's own CSV is recognised by its header, exactly the column row
 * csv_write.c writes.  Then authors, orgs and sources are split at "; "
 * exactly (an item that itself holds "; " cannot be told apart), key and
 * sources are taken as written (so a round trip keeps them), and the
 * year column only has to agree with the date.  Any other CSV gives its
 * records the source "csv" and is read with these rules:
 *  - "key" and "sources" columns are ignored: a foreign "Key" is a
 *    database's item id (Zotero's "7XVGR9QA"), not a citation key, and
 *    a key never changes once stored.  "Citation Key", "Cite Key" and
 *    "BibTeX Key" are read.
 *  - "authors" ("Authors", "Author(s)"; Google Scholar, Publish or
 *    Perish, Scopus): split at ";" when the cell has one, else at ","
 *    ("A Smith, B Jones").  A single "Family, Given" in such a column is
 *    read as two authors: use "author" or ";" for that layout.
 *  - "author" (Zotero): split at ";" when the cell has one, else at
 *    " and " (BibTeX style); each "Family, Given" (one comma) becomes
 *    "Given Family".
 *  - in both, an item "et al.", "et al", "others", "..." or U+2026, or
 *    one ending in " et al." or " et al", sets et_al.
 *  - orgs: split at ";".
 *  - year fills the date when there is no date.
 *  - a leading "arXiv:" or arxiv.org/abs/ link is taken off an arXiv id,
 *    a leading "doi:" or doi.org link off a DOI.
 *  - a citation key that BibTeX cannot use (anything but ASCII letters,
 *    digits and - _ : . / +) is dropped with a warning, so that one is
 *    made.
 *
 * Values.  Strings and list items are put in NFC with runs of white
 * space collapsed (as the YAML reader does); the abstract keeps its line
 * breaks.  An empty cell is an absent field.  et_al and code take true,
 * false, yes, no, 1 or 0 in any case, or nothing (false); score a plain
 * decimal number; date YYYY, YYYY-MM or YYYY-MM-DD, also with "/" for
 * "-", and a time of day after a full date ("2024-07-04T17:59:59Z") is
 * dropped; year YYYY.
 *
 * The formula guard.  csv_write.c puts one "'" in front of every text
 * cell that starts, after any "'", with = + - @ TAB CR or LF.  This
 * reader takes one "'" off every text cell that matches ^'+[=+@\t\r\n-]
 * (not off the numeric and boolean columns), in every CSV: the reader
 * cannot know whether a file was written with --csv-raw, and a "'"
 * before a trigger is what other tools' guards (and spreadsheets'
 * "text" prefix) look like too.  So the default output reads back
 * exactly, and reading then writing again is stable after one pass.  The
 * price: a value that itself starts with "'" and a trigger, written with
 * --csv-raw, loses that "'".  Formula-like values are stored as they are
 * (pubtool never evaluates them) and guarded again on output.
 *
 * Errors, each reported with FILE:LINE:COL (columns in code points) and
 * costing the row, the rest still read: an unterminated quoted field (at
 * the quote that opened it; it runs to the end of the input), a quote
 * inside a field without quotes, text after a closing quote, a row with
 * more or fewer cells than the header (a cell count that differs means
 * the row was cut or merged; guessing which cell is which would put data
 * in the wrong field), more cell text in a row than the field limit,
 * invalid UTF-8, NUL bytes and control characters, no title, an invalid
 * date, year, score or flag, and a year that disagrees with the date.
 * Only the first problem of a row is reported.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "ident.h"
#include "record.h"
#include "stream.h"
#include "text.h"
#include "xalloc.h"

#define MAX_COLUMNS	1024
#define MAX_LISTED	8	/* unknown columns named in the warning */
#define MAX_QUOTED	60	/* bytes of a bad value shown in a message */
#define BLOCK		(64 * 1024)

/* The header of pubtool's own CSV (csv_write.c). */
static const char *const pubtool_columns[] = {
	"key", "title", "authors", "et_al", "orgs", "area", "date", "year",
	"code", "score", "abstract", "arxiv", "doi", "venue", "url", "pages",
	"volume", "sources"
};

#define NPUBTOOL	(sizeof(pubtool_columns) / sizeof(pubtool_columns[0]))

/* What a column feeds. */
enum target {
	T_KEY, T_TITLE, T_AUTHORS, T_ET_AL, T_ORGS, T_AREA, T_DATE, T_YEAR,
	T_CODE, T_SCORE, T_ABSTRACT, T_ARXIV, T_DOI, T_VENUE, T_URL, T_PAGES,
	T_VOLUME, T_SOURCES, T_NTARGETS
};

/* How a cell is read. */
enum ckind {
	CK_STRING,	/* a string, white space collapsed */
	CK_TEXT,	/* the abstract: line breaks kept */
	CK_AUTHORS,	/* "A Smith, B Jones" or "A Smith; B Jones" */
	CK_NAMES,	/* "Smith, Ann; Jones, Bo" or "... and ..." */
	CK_LIST,	/* items separated by ";" */
	CK_BOOL,
	CK_NUMBER,
	CK_DATE,
	CK_YEAR
};

/*
 * The targets as data: the field name used in messages, and where the
 * value goes (a string field, or the offset of a strlist or bool).
 */
static const struct tdef {
	const char		*name;
	enum record_field	 field;
	size_t			 offset;
} targets[T_NTARGETS] = {
	{ "key",	RF_KEY,		0 },
	{ "title",	RF_TITLE,	0 },
	{ "authors",	RF_NSTRING,	offsetof(struct record, authors) },
	{ "et_al",	RF_NSTRING,	offsetof(struct record, et_al) },
	{ "orgs",	RF_NSTRING,	offsetof(struct record, orgs) },
	{ "area",	RF_AREA,	0 },
	{ "date",	RF_DATE,	0 },
	{ "year",	RF_NSTRING,	0 },
	{ "code",	RF_NSTRING,	offsetof(struct record, code) },
	{ "score",	RF_SCORE,	0 },
	{ "abstract",	RF_ABSTRACT,	0 },
	{ "arxiv",	RF_ARXIV,	0 },
	{ "doi",	RF_DOI,		0 },
	{ "venue",	RF_VENUE,	0 },
	{ "url",	RF_URL,		0 },
	{ "pages",	RF_PAGES,	0 },
	{ "volume",	RF_VOLUME,	0 },
	{ "sources",	RF_NSTRING,	offsetof(struct record, sources) },
};

/*
 * Column names, folded (ASCII letters and digits, lower case), and what
 * they feed.  pubtool's own names come first.  "key" and "sources" count
 * only in pubtool's own CSV: elsewhere a "Key" column is a database's
 * item id (Zotero's "7XVGR9QA"), which must not become a citation key
 * that never changes once stored.
 */
static const struct alias {
	const char	*name;
	enum target	 target;
	enum ckind	 kind;
	bool		 own;	/* only in pubtool's own CSV */
} aliases[] = {
	{ "key",		T_KEY,		CK_STRING,	true },
	{ "title",		T_TITLE,	CK_STRING,	false },
	{ "authors",		T_AUTHORS,	CK_AUTHORS,	false },
	{ "etal",		T_ET_AL,	CK_BOOL,	false },
	{ "orgs",		T_ORGS,		CK_LIST,	false },
	{ "area",		T_AREA,		CK_STRING,	false },
	{ "date",		T_DATE,		CK_DATE,	false },
	{ "year",		T_YEAR,		CK_YEAR,	false },
	{ "code",		T_CODE,		CK_BOOL,	false },
	{ "score",		T_SCORE,	CK_NUMBER,	false },
	{ "abstract",		T_ABSTRACT,	CK_TEXT,	false },
	{ "arxiv",		T_ARXIV,	CK_STRING,	false },
	{ "doi",		T_DOI,		CK_STRING,	false },
	{ "venue",		T_VENUE,	CK_STRING,	false },
	{ "url",		T_URL,		CK_STRING,	false },
	{ "pages",		T_PAGES,	CK_STRING,	false },
	{ "volume",		T_VOLUME,	CK_STRING,	false },
	{ "sources",		T_SOURCES,	CK_LIST,	true },
	{ "citationkey",	T_KEY,		CK_STRING,	false },
	{ "citekey",		T_KEY,		CK_STRING,	false },
	{ "bibtexkey",		T_KEY,		CK_STRING,	false },
	{ "articletitle",	T_TITLE,	CK_STRING,	false },
	{ "papertitle",		T_TITLE,	CK_STRING,	false },
	{ "author",		T_AUTHORS,	CK_NAMES,	false },
	{ "organisations",	T_ORGS,		CK_LIST,	false },
	{ "organizations",	T_ORGS,		CK_LIST,	false },
	{ "affiliations",	T_ORGS,		CK_LIST,	false },
	{ "affiliation",	T_ORGS,		CK_LIST,	false },
	{ "category",		T_AREA,		CK_STRING,	false },
	{ "primaryclass",	T_AREA,		CK_STRING,	false },
	{ "primarycategory",	T_AREA,		CK_STRING,	false },
	{ "published",		T_DATE,		CK_DATE,	false },
	{ "publicationdate",	T_DATE,		CK_DATE,	false },
	{ "datepublished",	T_DATE,		CK_DATE,	false },
	{ "publicationyear",	T_YEAR,		CK_YEAR,	false },
	{ "abstractnote",	T_ABSTRACT,	CK_TEXT,	false },
	{ "summary",		T_ABSTRACT,	CK_TEXT,	false },
	{ "arxivid",		T_ARXIV,	CK_STRING,	false },
	{ "eprint",		T_ARXIV,	CK_STRING,	false },
	{ "journal",		T_VENUE,	CK_STRING,	false },
	{ "publication",	T_VENUE,	CK_STRING,	false },
	{ "publicationtitle",	T_VENUE,	CK_STRING,	false },
	{ "source",		T_VENUE,	CK_STRING,	false },
	{ "sourcetitle",	T_VENUE,	CK_STRING,	false },
	{ "booktitle",		T_VENUE,	CK_STRING,	false },
	{ "conference",		T_VENUE,	CK_STRING,	false },
	{ "link",		T_URL,		CK_STRING,	false },
	{ "articleurl",		T_URL,		CK_STRING,	false },
};

#define NALIASES	(sizeof(aliases) / sizeof(aliases[0]))

/* Prefixes taken off identifiers in a CSV not written by pubtool. */
static const struct prefix {
	enum target	 target;
	const char	*text;		/* matched case-insensitively */
} prefixes[] = {
	{ T_ARXIV,	"arXiv:" },
	{ T_ARXIV,	"https://arxiv.org/abs/" },
	{ T_ARXIV,	"http://arxiv.org/abs/" },
	{ T_DOI,	"doi:" },
	{ T_DOI,	"https://doi.org/" },
	{ T_DOI,	"http://doi.org/" },
	{ T_DOI,	"https://dx.doi.org/" },
	{ T_DOI,	"http://dx.doi.org/" },
};

/* Author list items that only say the list was cut short. */
static const char *const et_al_items[] = {
	"et al.", "et al", "others", "...", "\xE2\x80\xA6"
};

static const struct {
	const char	*word;
	bool		 value;
} flag_words[] = {
	{ "true", true }, { "false", false }, { "yes", true },
	{ "no", false }, { "1", true }, { "0", false }
};

/* Where the scanner is in a row. */
enum sstate {
	SS_CELL,	/* at the start of a cell */
	SS_PLAIN,	/* in a cell without quotes */
	SS_QUOTED,	/* inside double quotes */
	SS_QUOTE	/* after a quote inside quotes: "" or the closing one */
};

/* A cell of the row in hand. */
struct cell {
	size_t		 off;	/* of its text in the row buffer */
	size_t		 len;
	unsigned long	 line;	/* of its first character (the quote) */
	unsigned long	 col;
	bool		 quoted;
};

/* What a row gives besides the record's fields. */
struct rowvals {
	bool			 et_al;		/* an author item said so */
	const char		*year;		/* the year column */
	const struct cell	*year_cell;
};

struct creader {
	const struct sink	*sink;
	struct ymd		 asof;		/* for "May 2" without a year */
	size_t			 max_row;	/* bytes of cells in a row */
	const char		*file;
	/* The scanner. */
	enum sstate		 state;
	unsigned long		 line;		/* of the next byte */
	unsigned long		 col;
	bool			 prev_cr;	/* the last byte was CR */
	bool			 skip_lf;	/* a row ended with CR */
	/* The row in hand. */
	bool			 in_row;
	unsigned long		 row_line;
	unsigned long		 end_line;	/* where it ended */
	unsigned long		 end_col;
	unsigned long		 qline;		/* the quote that is open */
	unsigned long		 qcol;
	struct buf		 row;		/* the text of its cells */
	struct cell		*cells;
	size_t			 ncells;	/* cells stored */
	size_t			 cap;
	size_t			 count;		/* cells seen */
	size_t			 limit;		/* cells stored at most */
	size_t			 nbytes;	/* cell bytes seen */
	bool			 storing;	/* the cell in hand is stored */
	bool			 any_quoted;
	bool			 row_bad;	/* a problem was reported */
	bool			 row_long;
	/* The header. */
	bool			 have_header;
	bool			 fatal;		/* no row can be read */
	bool			 pubtool;	/* pubtool's own CSV */
	size_t			 ncols;
	size_t			 title_col;
	const struct alias	**map;		/* per column, NULL: ignored */
	/* The record in hand. */
	struct arena		 arena;
	struct record		 rec;
	struct buf		 scratch;	/* a cell with CR made LF */
};

static int	 csv_read(struct stream *, const struct readopts *,
		    const struct sink *);
static void	 advance(struct creader *, unsigned char);
static void	 add_byte(struct creader *, unsigned char);
static void	 cell_start(struct creader *, bool);
static void	 cell_end(struct creader *);
static int	 line_end(struct creader *);
static int	 feed(struct creader *, const unsigned char *, size_t);
static int	 finish(struct creader *);
static void	 report(struct creader *, unsigned long, unsigned long,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
static void	 reset_row(struct creader *);
static int	 row_end(struct creader *);
static void	 take_header(struct creader *);
static void	 map_columns(struct creader *);
static int	 take_row(struct creader *);
static int	 take_record(struct creader *);
static int	 take_cell(struct creader *, const struct alias *,
		    const struct cell *, struct rowvals *);
static bool	 check_cell(struct creader *, const struct cell *,
		    const char *);
static struct srcpos cell_pos(const struct creader *, const struct cell *,
		    size_t);
static void	 fold_name(struct buf *, const char *, size_t);
static size_t	 guard_len(const char *, size_t);
static void	 split_list(struct creader *, enum ckind, const char *,
		    size_t, struct strlist *, bool *);
static void	 add_item(struct creader *, enum ckind, const char *, size_t,
		    struct strlist *, bool *);
static const char *find_sep(const char *, size_t, const char *, size_t);
static bool	 is_number(const char *);
static bool	 is_key(const char *);
static bool	 parse_flag(const char *, bool *);
static bool	 parse_date(const char *, struct ymd *);
static bool	 parse_named_date(const char *, const struct ymd *,
		    struct ymd *);
static const char *shown(struct creader *, const char *);

const struct reader csv_reader = { "csv", csv_read, true, NULL };

/*
 * Moves the position past byte c.  CR, LF and CRLF each end a line;
 * columns count code points (every byte that is not a UTF-8
 * continuation byte), as text_col() does.
 */
static void
advance(struct creader *r, unsigned char c)
{
	if (c == '\n') {
		if (!r->prev_cr)
			r->line++;
		r->col = 1;
	} else if (c == '\r') {
		r->line++;
		r->col = 1;
	} else if ((c & 0xC0) != 0x80)
		r->col++;
	r->prev_cr = c == '\r';
}

/*
 * Reports a problem of the row in hand at line:col, unless one was
 * reported already or no row can be read anyway.
 */
static void
report(struct creader *r, unsigned long line, unsigned long col,
    const char *fmt, ...)
{
	struct srcpos	 pos;
	struct buf	 msg;
	va_list		 ap;
	int		 n;

	if (r->row_bad || r->fatal)
		return;
	r->row_bad = true;
	buf_init(&msg);
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		buf_grow(&msg, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(msg.data, (size_t)n + 1, fmt, ap);
		va_end(ap);
		msg.len = (size_t)n;
	}
	pos.file = r->file;
	pos.line = line;
	pos.col = col;
	diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
	buf_release(&msg);
}

/* Adds byte c to the cell in hand, if it is kept and the row has room. */
static void
add_byte(struct creader *r, unsigned char c)
{
	r->nbytes++;
	if (!r->storing)
		return;
	if (r->row.len >= r->max_row) {
		r->row_long = true;
		return;
	}
	buf_addc(&r->row, (char)c);
}

/*
 * Starts a cell at the current position.  Only the first r->limit cells
 * of a row are kept; the others are only counted, so that a row of a
 * million cells costs no memory.
 */
static void
cell_start(struct creader *r, bool quoted)
{
	struct cell	*c;

	if (!r->in_row) {
		r->in_row = true;
		r->row_line = r->line;
	}
	r->count++;
	r->any_quoted = r->any_quoted || quoted;
	r->storing = r->count <= r->limit;
	if (!r->storing)
		return;
	if (r->ncells == r->cap) {
		r->cap = r->cap == 0 ? 32 : r->cap * 2;
		r->cells = xreallocarray(r->cells, r->cap, sizeof(*r->cells));
	}
	c = &r->cells[r->ncells++];
	c->off = r->row.len;
	c->len = 0;
	c->line = r->line;
	c->col = r->col;
	c->quoted = quoted;
}

/* Ends the cell in hand: its text is what was added since it started. */
static void
cell_end(struct creader *r)
{
	struct cell	*c;

	if (!r->storing)
		return;
	c = &r->cells[r->ncells - 1];
	c->len = r->row.len - c->off;
	r->storing = false;
}

/* Forgets the row in hand; the scanner is at the start of a row. */
static void
reset_row(struct creader *r)
{
	buf_reset(&r->row);
	r->ncells = 0;
	r->count = 0;
	r->nbytes = 0;
	r->storing = false;
	r->any_quoted = false;
	r->row_bad = false;
	r->row_long = false;
	r->in_row = false;
	r->state = SS_CELL;
}

/*
 * A line break outside quotes (or the end of the input) at the current
 * position ends the cell and the row in hand.
 */
static int
line_end(struct creader *r)
{
	if (r->state == SS_CELL)
		cell_start(r, false);
	cell_end(r);
	r->end_line = r->line;
	r->end_col = r->col;
	return row_end(r);
}

/*
 * Runs the scanner over n bytes of input.  Returns 0, or the sink's
 * non-zero value to stop.
 */
static int
feed(struct creader *r, const unsigned char *p, size_t n)
{
	size_t		 i;
	unsigned char	 c;
	int		 rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		c = p[i];
		if (r->skip_lf) {
			r->skip_lf = false;
			if (c == '\n') {
				advance(r, c);
				continue;
			}
		}
		switch (r->state) {
		case SS_CELL:
			if (c == '"') {
				cell_start(r, true);
				r->qline = r->line;
				r->qcol = r->col;
				r->state = SS_QUOTED;
				break;
			}
			if (c == '\n' || c == '\r') {
				rc = line_end(r);
				r->skip_lf = c == '\r';
				break;
			}
			cell_start(r, false);
			r->state = SS_PLAIN;
			if (c == ',') {
				cell_end(r);
				r->state = SS_CELL;
				break;
			}
			add_byte(r, c);
			break;
		case SS_PLAIN:
			if (c == ',') {
				cell_end(r);
				r->state = SS_CELL;
			} else if (c == '\n' || c == '\r') {
				rc = line_end(r);
				r->skip_lf = c == '\r';
			} else {
				if (c == '"')
					report(r, r->line, r->col, "quote "
					    "inside a field without quotes");
				add_byte(r, c);
			}
			break;
		case SS_QUOTED:
			if (c == '"')
				r->state = SS_QUOTE;
			else
				add_byte(r, c);
			break;
		case SS_QUOTE:
			if (c == '"') {
				add_byte(r, c);
				r->state = SS_QUOTED;
			} else if (c == ',') {
				cell_end(r);
				r->state = SS_CELL;
			} else if (c == '\n' || c == '\r') {
				rc = line_end(r);
				r->skip_lf = c == '\r';
			} else {
				report(r, r->line, r->col, "text after the "
				    "closing quote of a field");
				add_byte(r, c);
				r->state = SS_PLAIN;
			}
			break;
		}
		advance(r, c);
	}
	return rc;
}

/* The end of the input: ends the last row, if any. */
static int
finish(struct creader *r)
{
	if (r->state == SS_QUOTED) {
		report(r, r->qline, r->qcol, "unterminated quoted field: no "
		    "closing quote before the end of the input");
		if (r->have_header)
			diag_reject();
		else
			r->fatal = true;
		return 0;
	}
	if (!r->in_row)
		return 0;
	return line_end(r);
}

/* A whole row was scanned: the header, or a record. */
static int
row_end(struct creader *r)
{
	int	 rc = 0;

	/* A blank line. */
	if (r->count == 1 && r->nbytes == 0 && !r->any_quoted) {
		reset_row(r);
		return 0;
	}
	if (!r->have_header)
		take_header(r);
	else if (r->fatal)
		diag_reject();
	else
		rc = take_row(r);
	reset_row(r);
	return rc;
}

/*
 * The position of byte off of a cell's text, which was unquoted: a quote
 * in a quoted cell stood for two ("").
 */
static struct srcpos
cell_pos(const struct creader *r, const struct cell *c, size_t off)
{
	struct srcpos		 pos;
	const unsigned char	*s;
	size_t			 i;
	bool			 prev_cr = false;

	s = (const unsigned char *)r->row.data + c->off;
	pos.file = r->file;
	pos.line = c->line;
	pos.col = c->col + (c->quoted ? 1 : 0);
	for (i = 0; i < off; i++) {
		if (s[i] == '\n') {
			if (!prev_cr)
				pos.line++;
			pos.col = 1;
		} else if (s[i] == '\r') {
			pos.line++;
			pos.col = 1;
		} else if (s[i] == '"')
			pos.col += c->quoted ? 2 : 1;
		else if ((s[i] & 0xC0) != 0x80)
			pos.col++;
		prev_cr = s[i] == '\r';
	}
	return pos;
}

/*
 * Checks a cell for invalid UTF-8, NUL bytes and control characters
 * other than TAB, LF and CR (a quoted cell may hold CR) and reports the
 * first, with the field it was for ("in field 'title'"), or "in the
 * header" when field is NULL.
 */
static bool
check_cell(struct creader *r, const struct cell *c, const char *field)
{
	const char	*s = r->row.data + c->off;
	enum text_fault	 f;
	struct srcpos	 pos;
	struct buf	 msg;
	size_t		 at = 0, off;

	while ((f = text_check(s + at, c->len - at, &off)) != TEXT_OK) {
		if (f == TEXT_CONTROL && s[at + off] == '\r') {
			at += off + 1;
			continue;
		}
		pos = cell_pos(r, c, at + off);
		buf_init(&msg);
		text_describe(&msg, f, s + at + off, c->len - at - off);
		if (field != NULL)
			report(r, pos.line, pos.col, "%s in field '%s'",
			    buf_str(&msg), field);
		else
			report(r, pos.line, pos.col, "%s in the header",
			    buf_str(&msg));
		buf_release(&msg);
		return false;
	}
	return true;
}

/* Appends the name s[0..len) folded: ASCII letters and digits, lower. */
static void
fold_name(struct buf *out, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x80 &&
		    isalnum((unsigned char)s[i]))
			buf_addc(out, (char)tolower((unsigned char)s[i]));
}

/*
 * Reads the header row: checks it, recognises pubtool's own, maps the
 * columns.  Any problem makes the input unreadable.
 */
static void
take_header(struct creader *r)
{
	size_t	 i;

	r->have_header = true;
	if (r->row_bad)
		r->fatal = true;
	else if (r->count > MAX_COLUMNS) {
		report(r, r->cells[MAX_COLUMNS].line,
		    r->cells[MAX_COLUMNS].col, "too many columns (more than "
		    "%d)", MAX_COLUMNS);
		r->fatal = true;
	} else if (r->row_long) {
		report(r, r->row_line, 1, "header too long (more than %zu "
		    "bytes; --max field=N raises the limit)", r->max_row);
		r->fatal = true;
	}
	for (i = 0; !r->fatal && i < r->ncells; i++)
		if (!check_cell(r, &r->cells[i], NULL))
			r->fatal = true;
	if (!r->fatal) {
		r->pubtool = r->ncells == NPUBTOOL;
		for (i = 0; r->pubtool && i < NPUBTOOL; i++)
			r->pubtool = r->cells[i].len ==
			    strlen(pubtool_columns[i]) &&
			    memcmp(r->row.data + r->cells[i].off,
			    pubtool_columns[i], r->cells[i].len) == 0;
		map_columns(r);
	}
	/* From now on, a row is only counted. */
	r->limit = r->fatal ? 0 : r->ncols + 1;
}

/*
 * Maps each column to what it feeds, warns once about the unknown ones
 * and requires a title column.
 */
static void
map_columns(struct creader *r)
{
	struct buf	 name, msg;
	const struct cell *c;
	const char	*s;
	size_t		 i, j, nunknown = 0, first = 0;
	struct srcpos	 pos;

	buf_init(&name);
	buf_init(&msg);
	arena_reset(&r->arena);
	r->ncols = r->ncells;
	r->map = xreallocarray(r->map, r->ncols, sizeof(*r->map));
	r->title_col = r->ncols;
	for (i = 0; i < r->ncols; i++) {
		c = &r->cells[i];
		s = r->row.data + c->off;
		buf_reset(&name);
		fold_name(&name, s, c->len);
		r->map[i] = NULL;
		for (j = 0; j < NALIASES && name.len > 0; j++)
			if (strcmp(aliases[j].name, buf_str(&name)) == 0)
				r->map[i] = &aliases[j];
		if (r->map[i] != NULL && r->map[i]->own && !r->pubtool)
			r->map[i] = NULL;
		if (r->map[i] != NULL && r->map[i]->target == T_TITLE &&
		    r->title_col == r->ncols)
			r->title_col = i;
		/* An unnamed column is ignored silently. */
		s = text_nfc(&r->arena, s, c->len, true);
		if (r->map[i] != NULL || *s == '\0')
			continue;
		if (nunknown++ == 0)
			first = i;
		if (nunknown <= MAX_LISTED)
			buf_addf(&msg, "%s'%s'", nunknown > 1 ? ", " : "",
			    shown(r, s));
	}
	if (nunknown > MAX_LISTED)
		buf_addf(&msg, " and %zu more", nunknown - MAX_LISTED);
	if (nunknown > 0) {
		pos.file = r->file;
		pos.line = r->cells[first].line;
		pos.col = r->cells[first].col;
		diag(DIAG_WARN, &pos, "ignoring unknown column%s %s",
		    nunknown > 1 ? "s" : "", buf_str(&msg));
	}
	if (r->title_col == r->ncols) {
		/* A file separated by ";" or TAB has one column. */
		if (r->ncols == 1 && (memchr(r->row.data, ';', r->row.len) ||
		    memchr(r->row.data, '\t', r->row.len)))
			report(r, r->row_line, 0, "header has no title column "
			    "(only ',' separates cells)");
		else
			report(r, r->row_line, 0, "header has no title "
			    "column");
		r->fatal = true;
	}
	buf_release(&msg);
	buf_release(&name);
}

/* A data row: checked against the header, then read as a record. */
static int
take_row(struct creader *r)
{
	unsigned long	 line, col;
	size_t		 i;

	if (r->row_long)
		report(r, r->row_line, 1, "row too long (more than %zu bytes; "
		    "--max field=N raises the limit)", r->max_row);
	if (r->count != r->ncols) {
		if (r->count > r->ncols) {
			line = r->cells[r->ncols].line;
			col = r->cells[r->ncols].col;
		} else {
			line = r->end_line;
			col = r->end_col;
		}
		report(r, line, col, "row has %zu cell%s, the header has %zu "
		    "column%s", r->count, r->count == 1 ? "" : "s", r->ncols,
		    r->ncols == 1 ? "" : "s");
	}
	if (r->row_bad) {
		diag_reject();
		return 0;
	}
	for (i = 0; i < r->ncells; i++)
		if (r->cells[i].len > 0)
			break;
	if (i == r->ncells)
		return 0;	/* every cell empty */
	return take_record(r);
}

/*
 * How many "'" to take off a text cell: one when it matches
 * ^'+[=+@\t\r\n-], the mark of csv_write.c's formula guard.
 */
static size_t
guard_len(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && s[i] == '\'')
		i++;
	return i > 0 && i < len && s[i] != '\0' &&
	    strchr("=+-@\t\r\n", s[i]) != NULL ? 1 : 0;
}

/* The first sep[0..seplen) in s[0..len), or NULL. */
static const char *
find_sep(const char *s, size_t len, const char *sep, size_t seplen)
{
	const char	*p;

	while (len >= seplen &&
	    (p = memchr(s, sep[0], len - seplen + 1)) != NULL) {
		if (memcmp(p, sep, seplen) == 0)
			return p;
		len -= (size_t)(p + 1 - s);
		s = p + 1;
	}
	return NULL;
}

/*
 * Adds one list item, in NFC with spaces collapsed, unless it is empty.
 * In a CSV not written by pubtool an author item may say "et al." and
 * "Family, Given" (in an "author" column) becomes "Given Family".
 */
static void
add_item(struct creader *r, enum ckind kind, const char *s, size_t len,
    struct strlist *l, bool *et_al)
{
	char		*v, *comma, *given, *swapped;
	size_t		 i, n;

	v = text_nfc(&r->arena, s, len, true);
	if (!r->pubtool && (kind == CK_AUTHORS || kind == CK_NAMES)) {
		for (i = 0; i < sizeof(et_al_items) / sizeof(et_al_items[0]);
		    i++)
			if (strcmp(v, et_al_items[i]) == 0) {
				*et_al = true;
				return;
			}
		n = strlen(v);
		if (n > 7 && strcmp(v + n - 7, " et al.") == 0) {
			v[n - 7] = '\0';
			*et_al = true;
		} else if (n > 6 && strcmp(v + n - 6, " et al") == 0) {
			v[n - 6] = '\0';
			*et_al = true;
		}
	}
	if (!r->pubtool && kind == CK_NAMES &&
	    (comma = strchr(v, ',')) != NULL && strchr(comma + 1, ',') ==
	    NULL) {
		given = comma + 1;
		while (*given == ' ')
			given++;
		n = (size_t)(comma - v);
		while (n > 0 && v[n - 1] == ' ')
			n--;
		if (*given != '\0' && n > 0) {
			i = strlen(given);
			swapped = arena_alloc(&r->arena, i + n + 2);
			memcpy(swapped, given, i);
			swapped[i] = ' ';
			memcpy(swapped + i + 1, v, n);
			swapped[i + n + 1] = '\0';
			v = swapped;
		}
	}
	if (*v != '\0')
		strlist_add(&r->arena, l, v);
}

/* Splits a list cell into l (see the top of the file for the rules). */
static void
split_list(struct creader *r, enum ckind kind, const char *s, size_t len,
    struct strlist *l, bool *et_al)
{
	const char	*sep, *p;
	size_t		 seplen;

	if (r->pubtool)
		sep = "; ";
	else if (memchr(s, ';', len) != NULL)
		sep = ";";
	else if (kind == CK_AUTHORS)
		sep = ",";
	else if (kind == CK_NAMES)
		sep = " and ";
	else
		sep = ";";
	seplen = strlen(sep);
	while ((p = find_sep(s, len, sep, seplen)) != NULL) {
		add_item(r, kind, s, (size_t)(p - s), l, et_al);
		len -= (size_t)(p - s) + seplen;
		s = p + seplen;
	}
	add_item(r, kind, s, len, l, et_al);
}

/* Is s a plain decimal number such as 21.4 or 7 (as the YAML reader)? */
static bool
is_number(const char *s)
{
	size_t	 i = 0, digits = 0;

	while (isdigit((unsigned char)s[i])) {
		i++;
		digits++;
	}
	if (s[i] == '.')
		for (i++; isdigit((unsigned char)s[i]); i++)
			digits++;
	return digits > 0 && digits <= 30 && s[i] == '\0' &&
	    isdigit((unsigned char)s[0]);
}

/* Can BibTeX use s as a citation key? */
static bool
is_key(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		if ((unsigned char)*s < 0x80 && isalnum((unsigned char)*s))
			continue;
		if (strchr("-_:./+", *s) == NULL)
			return false;
	}
	return true;
}

/* Parses true, false, yes, no, 1 or 0, in any case. */
static bool
parse_flag(const char *s, bool *v)
{
	size_t	 i;

	for (i = 0; i < sizeof(flag_words) / sizeof(flag_words[0]); i++)
		if (strcasecmp(s, flag_words[i].word) == 0) {
			*v = flag_words[i].value;
			return true;
		}
	return false;
}

/*
 * Parses YYYY, YYYY-MM or YYYY-MM-DD, with "/" also taken for "-", and
 * drops a time of day after a full date ("T12:00:00Z", " 12:00").
 */
static bool
parse_date(const char *s, struct ymd *d)
{
	char	 iso[11];
	size_t	 len = strlen(s);

	if (len >= 14 && (s[10] == 'T' || s[10] == ' ') &&
	    isdigit((unsigned char)s[11]) && isdigit((unsigned char)s[12]) &&
	    s[13] == ':')
		len = 10;
	if (len != 4 && len != 7 && len != 10)
		return false;
	memcpy(iso, s, len);
	iso[len] = '\0';
	if (len >= 7 && iso[4] == '/' && (len == 7 || iso[7] == '/')) {
		iso[4] = '-';
		if (len == 10)
			iso[7] = '-';
	}
	return date_parse(iso, d);
}

/*
 * The next word of a written date at *p, skipping blanks and commas
 * before it: its start, and its length in *len (0 at the end).
 */
static const char *
date_word(const char **p, size_t *len)
{
	const char	*w;

	while (**p == ' ' || **p == ',')
		(*p)++;
	for (w = *p; **p != '\0' && **p != ' ' && **p != ','; (*p)++)
		;
	*len = (size_t)(*p - w);
	return w;
}

/* A number of 1 to 4 digits, or -1. */
static int
date_number(const char *w, size_t len)
{
	size_t	 i;
	int	 v = 0;

	if (len < 1 || len > 4)
		return -1;
	for (i = 0; i < len; i++) {
		if (!isdigit((unsigned char)w[i]))
			return -1;
		v = v * 10 + (w[i] - '0');
	}
	return v;
}

/*
 * Parses a date written out in English, as profile pages and some
 * exports give it: "May 2, 2018", "2 May 2018", "May 2018", and "May 2",
 * whose year is that of the as-of date as for profile text
 * (pubtool-records(5)).  A month name may be abbreviated, with a dot.
 */
static bool
parse_named_date(const char *s, const struct ymd *asof, struct ymd *d)
{
	const char	*w[4], *p = s;
	size_t		 len[4], n, mw;
	int		 a, b;

	for (n = 0; n < 4; n++)
		if ((w[n] = date_word(&p, &len[n]), len[n]) == 0)
			break;
	if (n < 2 || n > 3)
		return false;
	/* The month is the first word, or the second after a day. */
	mw = date_number(w[0], len[0]) < 0 ? 0 : 1;
	if (len[mw] > 0 && w[mw][len[mw] - 1] == '.')
		len[mw]--;
	if ((d->m = date_month(w[mw], len[mw])) == 0)
		return false;
	a = date_number(w[mw == 0 ? 1 : 0], len[mw == 0 ? 1 : 0]);
	b = n == 3 ? date_number(w[2], len[2]) : -1;
	if (n == 2 && mw == 0 && len[1] == 4) {		/* May 2018 */
		d->y = a;
		d->d = 0;
		return d->y > 0;
	}
	if (n == 3 && len[2] != 4)
		return false;
	d->d = a;
	d->y = n == 3 ? b : date_resolve_year(d->m, d->d, asof);
	return d->y > 0 && d->d >= 1 &&
	    d->d <= date_days_in_month(d->y, d->m);
}

/*
 * A value for a message: s itself, or its first MAX_QUOTED bytes (cut
 * at a character boundary) and "...".  Borrowed from the arena.
 */
static const char *
shown(struct creader *r, const char *s)
{
	size_t	 n = strlen(s);
	char	*v;

	if (n <= MAX_QUOTED)
		return s;
	n = MAX_QUOTED;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	v = arena_alloc(&r->arena, n + 4);
	memcpy(v, s, n);
	memcpy(v + n, "...", 4);
	return v;
}

/*
 * Reads cell c of a column read as alias a into the record in hand, or
 * into rv (a year; "et al." in an author list).  Returns 1 when it gave
 * a value, 0 when it was empty after all, -1 when the row is bad
 * (reported).
 */
static int
take_cell(struct creader *r, const struct alias *a, const struct cell *c,
    struct rowvals *rv)
{
	const struct tdef	*t = &targets[a->target];
	struct record		*rec = &r->rec;
	struct strlist		*l;
	const char		*s = r->row.data + c->off, *v, *id;
	size_t			 len = c->len, i, n;
	struct ymd		 d;
	struct srcpos		 pos;
	char			 date[16];
	bool			 flag;

	if (!check_cell(r, c, t->name))
		return -1;
	if (a->kind != CK_BOOL && a->kind != CK_NUMBER &&
	    a->kind != CK_DATE && a->kind != CK_YEAR) {
		n = guard_len(s, len);
		s += n;
		len -= n;
	}
	/* Line breaks in a quoted cell may be CRLF or CR: made LF. */
	if (memchr(s, '\r', len) != NULL) {
		buf_reset(&r->scratch);
		for (i = 0; i < len; i++) {
			buf_addc(&r->scratch, s[i] == '\r' ? '\n' : s[i]);
			if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
		}
		s = r->scratch.data;
		len = r->scratch.len;
	}
	switch (a->kind) {
	case CK_AUTHORS:
	case CK_NAMES:
	case CK_LIST:
		l = (struct strlist *)(void *)((char *)rec + t->offset);
		split_list(r, a->kind, s, len, l, &rv->et_al);
		return l->n > 0;
	case CK_TEXT:
		for (i = 0; i < len; i++)
			if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
				break;
		if (i == len)
			return 0;
		*record_field(rec, t->field) = text_nfc(&r->arena, s, len,
		    false);
		return 1;
	default:
		break;
	}
	v = text_nfc(&r->arena, s, len, true);
	if (*v == '\0')
		return 0;
	switch (a->kind) {
	case CK_STRING:
		if (r->pubtool)
			break;
		for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
			n = strlen(prefixes[i].text);
			if (prefixes[i].target == a->target &&
			    strncasecmp(v, prefixes[i].text, n) == 0) {
				v += n;
				break;
			}
		}
		if (*v == '\0')
			return 0;
		/* The canonical id, as the other readers store it. */
		if (a->target == T_ARXIV &&
		    (id = ident_arxiv(&r->arena, v)) != NULL)
			v = id;
		if (a->target == T_KEY && !is_key(v)) {
			pos.file = r->file;
			pos.line = c->line;
			pos.col = c->col;
			diag(DIAG_WARN, &pos, "ignoring citation key '%s': "
			    "not usable in BibTeX", shown(r, v));
			return 0;
		}
		break;
	case CK_BOOL:
		if (!parse_flag(v, &flag)) {
			report(r, c->line, c->col, "field '%s' must be true or "
			    "false", t->name);
			return -1;
		}
		*(bool *)(void *)((char *)rec + t->offset) = flag;
		return 1;
	case CK_NUMBER:
		if (!is_number(v)) {
			report(r, c->line, c->col, "field '%s' must be a "
			    "number", t->name);
			return -1;
		}
		break;
	case CK_DATE:
		if (!parse_date(v, &d) &&
		    !parse_named_date(v, &r->asof, &d)) {
			report(r, c->line, c->col, "invalid date '%s' "
			    "(expected YYYY, YYYY-MM, YYYY-MM-DD or "
			    "'Mon D, YYYY')", shown(r, v));
			return -1;
		}
		date_format(&d, date, sizeof(date));
		v = arena_strdup(&r->arena, date);
		break;
	case CK_YEAR:
		if (strlen(v) != 4 || !date_parse(v, &d)) {
			report(r, c->line, c->col, "invalid year '%s' "
			    "(expected YYYY)", shown(r, v));
			return -1;
		}
		rv->year = v;
		rv->year_cell = c;
		return 1;
	default:
		break;
	}
	*record_field(rec, t->field) = v;
	return 1;
}

/*
 * Reads the row in hand as a record and hands it to the sink; reports
 * and drops it when it is bad.
 */
static int
take_record(struct creader *r)
{
	struct record		*rec = &r->rec;
	const struct alias	*a;
	const struct cell	*c;
	struct rowvals		 rv;
	bool			 filled[T_NTARGETS] = { false };
	size_t			 i;
	int			 got;

	memset(&rv, 0, sizeof(rv));
	arena_reset(&r->arena);
	record_init(rec);
	rec->pos.file = r->file;
	rec->pos.line = r->row_line;
	rec->pos.col = 1;
	for (i = 0; i < r->ncols; i++) {
		a = r->map[i];
		if (a == NULL || r->cells[i].len == 0 || filled[a->target])
			continue;
		if ((got = take_cell(r, a, &r->cells[i], &rv)) < 0) {
			diag_reject();
			return 0;
		}
		filled[a->target] = got == 1;
	}
	rec->et_al = rec->et_al || rv.et_al;
	c = rv.year_cell;
	if (rv.year != NULL && rec->date == NULL)
		rec->date = rv.year;
	else if (rv.year != NULL && strncmp(rec->date, rv.year, 4) != 0) {
		report(r, c->line, c->col, "year '%s' does not match date "
		    "'%s'", rv.year, rec->date);
		diag_reject();
		return 0;
	}
	if (rec->title == NULL) {
		c = &r->cells[r->title_col];
		report(r, c->line, c->col, "record has no title");
		diag_reject();
		return 0;
	}
	if (!r->pubtool)
		strlist_add(&r->arena, &rec->sources, "csv");
	return r->sink->record(r->sink->arg, rec);
}

/*
 * Reads the input in blocks through the scanner, one row at a time.
 * Returns 0, -1 on a read error (reported by the stream), or the sink's
 * stop value.
 */
static int
csv_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct creader	 r;
	unsigned char	*block;
	long		 n;
	int		 rc = 0;

	memset(&r, 0, sizeof(r));
	r.sink = sink;
	r.max_row = opts->limits.field;
	r.asof = opts->asof;
	r.file = stream_name(in);
	r.line = 1;
	r.col = 1;
	r.limit = MAX_COLUMNS + 1;
	r.state = SS_CELL;
	buf_init(&r.row);
	/* Cells point into row.data, also when every cell is empty. */
	buf_grow(&r.row, 0);
	buf_init(&r.scratch);
	arena_init(&r.arena);
	block = xmalloc(BLOCK);
	while ((n = stream_read(in, block, BLOCK)) > 0)
		if ((rc = feed(&r, block, (size_t)n)) != 0)
			break;
	if (n < 0)
		rc = -1;
	else if (rc == 0)
		rc = finish(&r);
	free(block);
	free(r.cells);
	free(r.map);
	buf_release(&r.row);
	buf_release(&r.scratch);
	arena_release(&r.arena);
	return rc;
}
