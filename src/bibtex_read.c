/*
 * The BibTeX reader (pubtool-records(5), BIBTEX): .bib files as bibtex,
 * biber and the files researchers keep write them, read line by line.
 *
 * Syntax.  Entries are @type{key, field = value, ...} or with ( ), the
 * type and field names in any case, a comma after the last field
 * allowed.  A value is a {braced} or "quoted" string (braces nest, a
 * quoted one may hold braces and a " inside them), a number or a macro,
 * or several joined with #.  @string{name = value} defines a macro
 * (names in any case; jan ... dec are predefined as the month names, and
 * may be redefined); a macro that was never defined is, as in bibtex, a
 * warning and an empty string.  @preamble is read and dropped, and so is
 * @comment{...} with what it encloses (entries commented out that way
 * are not read).  Text outside entries is ignored; a % there, or
 * between the fields of an entry, starts a comment that runs to the end
 * of the line.
 *
 * Errors.  Every message has the line and column.  A bad entry is
 * reported and dropped, and reading goes on after it: a line whose
 * first non-blank character is an @ followed by a name and { or ( always
 * starts an entry, so a value that is never closed (unbalanced braces, a
 * missing quote) ends there as an error instead of swallowing the
 * entries after it.  The second entry with a key already seen (compared
 * in any case, as bibtex does) is an error and dropped; a field given
 * twice is a warning, and the first value is kept, as bibtex keeps it.
 * An entry without a title is an error.  A @string that refers to
 * itself is an error and is not defined.
 *
 * crossref.  An entry with a crossref takes the author, date (as a
 * whole), journal, booktitle (or the title of its parent, as biblatex
 * does) and volume it lacks from the entry it names, one level deep.  bibtex wants the
 * parent after its children, so an entry whose parent has not been seen
 * yet is held (in memory) until the parent comes, and goes out right
 * after it; a parent is kept when a held entry names it, or when its
 * type is one that parents have (@proceedings, @book, @collection, ...)
 * so that it can serve children that come later.  Memory thus grows only
 * with such entries, and with the keys seen (for duplicates: a hash
 * and the line of each, 9 or 10 bytes a key, kept by the keyer that
 * keys the records when a command streams them, key.h).  At the
 * end of the input, entries whose parent never came go out as they are,
 * with a warning.
 *
 * Fields.  title; author (split at " and " outside braces; "and others"
 * sets et_al; "Family, Given" and "Family, Jr., Given" become the form
 * the record keeps, "Given Family", or whatever form name_split() reads
 * back as the same parts, so that the writer writes the same name
 * again: "Le Bronnec, Florian" is kept as "Le Bronnec Florian"; a name
 * in braces, {LLM-jp}, is a corporate name); date from the biblatex date
 * field, else year and month (a macro, a number or a name); venue from
 * journal (or journaltitle), booktitle or howpublished; volume; pages
 * (a -- or --- between pages becomes an en dash, which the writer writes
 * as -- again); doi, url; eprint with archiveprefix or eprinttype arXiv
 * (or an eprint that is an arXiv identifier, "arXiv:ID" in the venue, a
 * CoRR volume abs/ID, an arXiv url) gives the arXiv id, without its
 * version as every reader gives it (ident_arxiv()), and a doi or url
 * that only repeats it (10.48550/arXiv.ID, https://arxiv.org/abs/ID) is
 * dropped, since the writer derives them; keywords that are one area
 * code (CL, cs.LG) give the area, else primaryclass does; abstract
 * (paragraphs kept); a note that starts with "Code available" sets code.
 * The entry key becomes the record key when it is plain ASCII; other
 * fields are ignored.
 *
 * Text.  latex_decode() turns TeX into Unicode (accents, symbols,
 * {\char"XXXX}) and removes the braces that protect case in titles and
 * venues; math, markup (\emph{x}) and other commands stay TeX, as the
 * writer writes them back, and so do the groups of an abstract; names
 * are plain text.  Then text is normalised to NFC with white space
 * collapsed.  A tie ~ is a plain space: record text is plain text.  TeX
 * dashes (--, ---) are kept as written in titles and abstracts, where
 * record text from arXiv and profiles spells them so too, so that
 * bibtex -> yaml -> bibtex gives the same file.  Invalid UTF-8, NUL and
 * control characters drop the entry that holds them (outside entries
 * they are a warning).
 *
 * Limits: a value (or macro) holds at most the field limit in bytes,
 * braces nest at most the depth limit deep (both set by --max), macros
 * expand to at most MAX_EXPAND bytes in all and their definitions hold
 * at most MAX_MACROS bytes; # chains of any length and long fields cost
 * time linear in their size.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "area.h"
#include "arena.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "ident.h"
#include "key.h"
#include "latex.h"
#include "name.h"
#include "record.h"
#include "stream.h"
#include "strmap.h"
#include "swar.h"
#include "text.h"

#define MAX_DUP_WARNINGS	10		/* per entry, then a count */
#define MAX_EXPAND	(256UL * 1024 * 1024)	/* macro text copied */
#define MAX_MACROS	(64UL * 1024 * 1024)	/* bytes of definitions */

#define LX_EOF		(-1)
#define NONE		((size_t)-1)

/* The fields the reader uses. */
enum bfield {
	BF_TITLE, BF_AUTHOR, BF_YEAR, BF_MONTH, BF_DATE, BF_JOURNAL,
	BF_BOOKTITLE, BF_HOWPUBLISHED, BF_VOLUME, BF_PAGES, BF_DOI, BF_URL,
	BF_EPRINT, BF_ARCHIVEPREFIX, BF_EPRINTTYPE, BF_PRIMARYCLASS,
	BF_KEYWORDS, BF_ABSTRACT, BF_NOTE, BF_CROSSREF, BF_N
};

/*
 * Field names (in lower case, in strcmp() order for bsearch()) and
 * whether a crossref child inherits.
 */
static const struct bib_field {
	const char	*name;
	enum bfield	 id;
	bool		 inherit;
} bib_fields[] = {
	{ "abstract",		BF_ABSTRACT,		false },
	{ "archiveprefix",	BF_ARCHIVEPREFIX,	false },
	{ "author",		BF_AUTHOR,		true },
	{ "booktitle",		BF_BOOKTITLE,		true },
	{ "crossref",		BF_CROSSREF,		false },
	{ "date",		BF_DATE,		true },
	{ "doi",		BF_DOI,			false },
	{ "eprint",		BF_EPRINT,		false },
	{ "eprintclass",	BF_PRIMARYCLASS,	false },
	{ "eprinttype",		BF_EPRINTTYPE,		false },
	{ "howpublished",	BF_HOWPUBLISHED,	false },
	{ "journal",		BF_JOURNAL,		true },
	{ "journaltitle",	BF_JOURNAL,		true },
	{ "keywords",		BF_KEYWORDS,		false },
	{ "month",		BF_MONTH,		true },
	{ "note",		BF_NOTE,		false },
	{ "pages",		BF_PAGES,		false },
	{ "primaryclass",	BF_PRIMARYCLASS,	false },
	{ "title",		BF_TITLE,		false },
	{ "url",		BF_URL,			false },
	{ "volume",		BF_VOLUME,		true },
	{ "year",		BF_YEAR,		true },
};

#define NBIB_FIELDS	(sizeof(bib_fields) / sizeof(bib_fields[0]))

/* The predefined macros: the months, as plain.bst defines them. */
static const char *const month_macros[] = {
	"jan", "January", "feb", "February", "mar", "March",
	"apr", "April", "may", "May", "jun", "June",
	"jul", "July", "aug", "August", "sep", "September",
	"oct", "October", "nov", "November", "dec", "December"
};

/* Entry types whose entries are kept in case a later entry names them. */
static const char *const parent_types[] = {
	"book", "collection", "mvbook", "mvcollection", "mvproceedings",
	"mvreference", "periodical", "proceedings", "reference"
};

/* What a parse step found. */
enum pres {
	P_OK,
	P_SKIP,		/* an error: skip to the next line that starts with @ */
	P_HERE,		/* an error: an entry starts here */
	P_EOF		/* an error at the end of the input */
};

/* A field value as written, macros expanded, TeX not yet read. */
struct val {
	const char	*s;		/* NULL when absent */
	size_t		 len;
	struct srcpos	 pos;
};

/* An entry: in hand while it is read, or kept for crossref. */
struct entry {
	struct srcpos	 pos;		/* of the @ */
	const char	*type;		/* lower case */
	const char	*key;		/* as written, "" when there is none */
	struct srcpos	 keypos;
	struct val	 f[BF_N];
	const struct entry *parent;	/* its crossref, once found */
	struct entry	*next_child;	/* next one waiting for that parent */
	struct entry	*next_held;	/* next one held, in input order */
	bool		 done;		/* handed over (or dropped) */
};

/* The entries waiting for a parent that has not come yet. */
struct waiting {
	struct entry	*first;
	struct entry	*last;
};

/* A @string macro: its value as written, TeX not yet read. */
struct macro {
	const char	*value;
	size_t		 len;
};

/* The reader's state for one input. */
struct breader {
	/* Where each known field was first named in the entry (line 0: not). */
	struct srcpos		 known_seen[NBIB_FIELDS];
	size_t			 nfields;	/* names seen in the entry */
	/* quoted_name() of each known field, made once, in keep. */
	const char		*known_what[NBIB_FIELDS];
	struct stream		*in;
	const struct limits	*lim;
	bool			 finish_later;	/* abstracts: bibtex_finish() */
	const struct sink	*sink;
	const char		*file;
	/* The line in hand and the next byte in it. */
	const char		*line;
	size_t			 len;
	size_t			 off;
	unsigned long		 lineno;
	unsigned long		 col;		/* of line[off] */
	unsigned long		 eof_col;	/* after the last line */
	bool			 have_line;
	bool			 read_error;
	bool			 at_line;	/* first non-blank is @ */
	bool			 entry_line;	/* it starts an entry */
	size_t			 bad;		/* next bad byte, or NONE */
	enum text_fault		 bad_fault;
	bool			 bad_reported;	/* on this line */
	/* The entry in hand. */
	bool			 in_entry;
	bool			 is_record;	/* not @string etc. */
	bool			 tainted;	/* a bad byte was reported */
	bool			 rejected;	/* an error drops it */
	bool			 too_long;	/* reported for this value */
	bool			 too_deep;
	bool			 swallow;	/* see parse_delimited() */
	struct srcpos		 swallow_open;
	unsigned long		 swallow_end;
	struct arena		 earena;
	struct entry		 ent;
	struct strmap		 fieldnames;
	unsigned long		 dups;		/* duplicate fields in it */
	struct buf		 val;
	struct buf		 word;
	/* What lives as long as the input. */
	struct arena		 keep;
	struct strmap		 macros;
	struct keyer		 own_keys;
	struct keyer		*keys;		/* entry keys: own_keys or ro's */
	struct strmap		 parents;
	struct strmap		 waiting;
	struct entry		*held_first;
	struct entry		*held_last;
	size_t			 macro_bytes;
	size_t			 expanded;
	/* The record being built. */
	struct arena		 rarena;
	struct record		 rec;
	struct buf		 tmp;
	int			 stop;		/* the sink's stop value */
};

static int	 bibtex_read(struct stream *, const struct readopts *,
		    const struct sink *);

static void	 load_line(struct breader *);
static enum text_fault check_line(const char *, size_t, size_t *);
static size_t	 value_run(const struct breader *, unsigned long *);
static int	 peek(const struct breader *);
static void	 advance(struct breader *);
static void	 on_bad(struct breader *);
static struct srcpos here(const struct breader *);
static void	 found(const struct breader *, struct buf *);
static void	 skip_line(struct breader *);
static void	 skip_to_entry(struct breader *);
static void	 skip_ws(struct breader *);
static bool	 is_ident(int);
static bool	 is_blank(int);
static void	 skip_run(struct breader *, size_t);
static size_t	 run_of(const struct breader *, bool (*)(int));
static void	 read_ident(struct breader *, struct buf *);
static void	 lower(char *);
static const char *quoted_name(struct arena *, const char *,
		    const char *);
static void	 reject(struct breader *);

static void	 parse_entry(struct breader *);
static enum pres parse_comment(struct breader *, char);
static enum pres parse_preamble(struct breader *, char);
static enum pres parse_string(struct breader *, char);
static enum pres parse_fields(struct breader *, char);
static enum pres parse_value(struct breader *, const char *, bool,
		    const char *);
static enum pres parse_delimited(struct breader *, const char *, bool);
static void	 expand_macro(struct breader *, const char *, bool,
		    const char *, const struct srcpos *);
static void	 add_value(struct breader *, const char *, size_t,
		    const char *, const struct srcpos *);
static enum pres expect_close(struct breader *, char, const char *);
static int	 compare_field(const void *, const void *);
static void	 trailing_text(struct breader *);

static const struct bib_field *field_by_name(const char *);
static void	 finish_entry(struct breader *);
static struct entry *keep_entry(struct breader *, const struct entry *);
static bool	 is_parent_type(const char *);
static void	 emit(struct breader *, struct entry *);
static void	 release_waiting(struct breader *, const char *,
		    const struct entry *);

static const struct val *own(const struct entry *, enum bfield);
static const struct val *get(const struct entry *, enum bfield);
static const char *text_of(struct breader *, const struct val *, int,
		    bool);
static const char *key_of(struct breader *, const struct entry *);
static void	 read_authors(struct breader *, const struct val *);
static const char *name_of(struct breader *, const char *, size_t,
		    const struct val *);
static const char *display_name(struct breader *, const char *,
		    const char *, const char *);
static bool	 same_part(const char *, size_t, const char *);
static const char *comma_space(struct breader *, const char *);
static const char *date_of(struct breader *, const struct entry *);
static int	 month_of(const char *, int *, const struct val *);
static const char *venue_of(struct breader *, const struct entry *);
static const char *pages_of(struct breader *, const struct val *);
static const char *verbatim_of(struct breader *, const struct val *,
		    bool);
static const char *arxiv_of(struct breader *, const struct entry *,
		    const char *);
static const char *area_of(struct breader *, const struct entry *);
static bool	 is_area_code(const char *);
static void	 trim_buf(struct buf *);
static void	 paragraphs(struct buf *);
static bool	 is_white(char);

static void	 bibtex_finish(struct record *, struct arena *, struct buf *);

const struct reader bibtex_reader = { "bibtex", bibtex_read, true,
	bibtex_finish };

/*
 * Reads the next line and checks it: the first bad byte in it is
 * reported when reading reaches it (on_bad()).  Notes whether the line
 * starts an entry.
 */
static void
load_line(struct breader *b)
{
	const char	*s;
	size_t		 len, i, off;
	int		 got;

	b->eof_col = b->col;
	if ((got = stream_getline(b->in, &s, &len)) <= 0) {
		if (got < 0)
			b->read_error = true;
		b->have_line = false;
		b->line = "";
		b->len = b->off = 0;
		return;
	}
	b->have_line = true;
	b->line = s;
	b->len = len;
	b->off = 0;
	b->col = 1;
	b->lineno = stream_lineno(b->in);
	b->bad_reported = false;
	b->bad = NONE;
	if ((b->bad_fault = check_line(s, len, &off)) != TEXT_OK)
		b->bad = off;
	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		continue;
	b->at_line = i < len && s[i] == '@';
	b->entry_line = false;
	if (!b->at_line)
		return;
	for (i++; i < len && is_ident((unsigned char)s[i]) &&
	    s[i] != '{' && s[i] != '('; i++)
		continue;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	b->entry_line = i < len && (s[i] == '{' || s[i] == '(') &&
	    (s[i - 1] != '@');
}

/*
 * Checks line s[0..len) as text_check() does, one UTF-8 sequence at a
 * time, but skips runs of printable ASCII at once (printable_span()):
 * most lines are all such bytes.
 */
static enum text_fault
check_line(const char *s, size_t len, size_t *off)
{
	enum text_fault	 f;
	size_t		 i = 0, n;
	unsigned char	 c;

	while ((i += printable_span(s + i, len - i)) < len) {
		c = (unsigned char)s[i];
		n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (n > len - i)
			n = len - i;
		if ((f = text_check(s + i, n, off)) != TEXT_OK) {
			*off += i;
			return f;
		}
		i += n;
	}
	return TEXT_OK;
}

#ifdef __SSE2__
/*
 * The number of bits set in m: a few at most in text (those of the bytes
 * that continue a character), so one step a bit beats a table or a call
 * to libgcc's popcount (there is no popcnt instruction on every x86-64).
 */
static unsigned
bits_set(unsigned m)
{
	unsigned	 n;

	for (n = 0; m != 0; n++)
		m &= m - 1;
	return n;
}
#endif

/*
 * The length of the run of plain bytes in a value at the next byte (no
 * brace, no quote, not the next bad byte), and in *ncol the columns it
 * spans.  Blocks of sixteen bytes (SSE2), or words of eight ASCII bytes,
 * are taken at once.
 */
static size_t
value_run(const struct breader *b, unsigned long *ncol)
{
	const char	*s = b->line + b->off;
	size_t		 lim, n = 0, end;
	unsigned long	 cols = 0;
	uint64_t	 x;
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 stop, cont, at;
#endif

	lim = (b->bad != NONE ? b->bad : b->len) - b->off;
#ifdef __SSE2__
	for (; lim - n >= 16; n += 16) {
		v = sse_load(s + n);
		stop = sse_match(v, '{') | sse_match(v, '}') | sse_match(v, '"');
		/* Bytes that continue a character (0x80 to 0xBF) take none. */
		cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v,
		    _mm_set1_epi8((char)0xC0)));
		if (stop != 0) {
			at = (unsigned)__builtin_ctz(stop);
			n += at;
			cols += at - bits_set(cont & ((1u << at) - 1));
			goto out;
		}
		cols += 16 - bits_set(cont);
	}
#endif
	while (n < lim) {
		if (n + 8 <= lim) {
			/*
			 * Braces are among the ASCII bytes from 0x7B up: the
			 * rare | ~ and DEL are false alarms.
			 */
			x = swar_load(s + n);
			if (!swar_has_high(x | (x + SWAR_ONES * (0x80 - 0x7B))) &&
			    !swar_has(x, '"')) {
				n += 8;
				cols += 8;
				continue;
			}
		}
		for (end = n + 8 < lim ? n + 8 : lim; n < end; n++) {
			if (s[n] == '{' || s[n] == '}' || s[n] == '"')
				goto out;
			cols += ((unsigned char)s[n] & 0xC0) != 0x80;
		}
	}
out:
	*ncol = cols;
	return n;
}

/* The next byte, '\n' at the end of a line, LX_EOF at the end. */
static int
peek(const struct breader *b)
{
	if (!b->have_line)
		return LX_EOF;
	if (b->off < b->len)
		return (unsigned char)b->line[b->off];
	return '\n';
}

/* Moves past the next byte. */
static void
advance(struct breader *b)
{
	if (!b->have_line)
		return;
	if (b->off >= b->len) {
		load_line(b);
		return;
	}
	if (b->off == b->bad)
		on_bad(b);
	if (((unsigned char)b->line[b->off] & 0xC0) != 0x80)
		b->col++;
	b->off++;
}

/*
 * Reading reached a bad byte: the first one in an entry is an error that
 * drops the entry, one outside entries a warning (once a line).
 */
static void
on_bad(struct breader *b)
{
	struct srcpos	 pos = here(b);
	struct buf	 msg;
	size_t		 next, off;

	if (b->in_entry ? !b->tainted : !b->bad_reported) {
		buf_init(&msg);
		text_describe(&msg, b->bad_fault, b->line + b->bad,
		    b->len - b->bad);
		if (b->in_entry)
			diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
		else
			diag(DIAG_WARN, &pos, "%s outside entries",
			    buf_str(&msg));
		buf_release(&msg);
	}
	if (b->in_entry)
		b->tainted = true;
	b->bad_reported = true;
	next = b->bad + 1;
	b->bad = NONE;
	if (next < b->len && (b->bad_fault = text_check(b->line + next,
	    b->len - next, &off)) != TEXT_OK)
		b->bad = next + off;
}

/* The position of the next byte (the end of the last line at the end). */
static struct srcpos
here(const struct breader *b)
{
	struct srcpos	 pos;

	pos.file = b->file;
	pos.line = b->lineno;
	pos.col = b->have_line ? b->col : b->eof_col;
	return pos;
}

/* Appends what is next, for "expected ..., found ..." messages. */
static void
found(const struct breader *b, struct buf *out)
{
	int32_t	 cp;
	int	 c = peek(b), n;

	if (c == LX_EOF)
		buf_addstr(out, "end of input");
	else if (c == '\n')
		buf_addstr(out, "end of line");
	else if (c < 0x80)
		buf_addf(out, "'%c'", c);
	else if ((n = text_next(b->line + b->off, b->len - b->off, &cp)) > 0)
		buf_addf(out, "'%.*s'", n, b->line + b->off);
	else
		buf_addf(out, "byte 0x%02X", (unsigned)c);
}

/* Moves to the start of the next line. */
static void
skip_line(struct breader *b)
{
	if (b->have_line)
		load_line(b);
}

/* After an error: moves to the next line that starts with an @. */
static void
skip_to_entry(struct breader *b)
{
	do
		skip_line(b);
	while (b->have_line && !b->at_line);
}

/*
 * Moves past the next n bytes of the line in hand, which hold no bad
 * byte: what advance() does n times.
 */
static void
skip_run(struct breader *b, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (((unsigned char)b->line[b->off + i] & 0xC0) != 0x80)
			b->col++;
	b->off += n;
}

/*
 * The number of bytes from the next one, before the next bad byte and
 * the end of the line, for which is_byte() holds.
 */
static size_t
run_of(const struct breader *b, bool (*is_byte)(int))
{
	size_t	 i, end = b->bad != NONE ? b->bad : b->len;

	for (i = b->off; i < end && is_byte((unsigned char)b->line[i]); i++)
		continue;
	return i - b->off;
}

/* Is c a blank, white space within a line? */
static bool
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* Skips white space and % comments. */
static void
skip_ws(struct breader *b)
{
	size_t	 n;
	int	 c;

	for (;;) {
		c = peek(b);
		if (is_blank(c) && (n = run_of(b, is_blank)) > 0)
			skip_run(b, n);
		else if (c == '\n')
			advance(b);
		else if (c == '%')
			skip_line(b);
		else
			return;
	}
}

/* Can c be part of a name (entry type, field, macro)? */
static bool
is_ident(int c)
{
	static const bool	 syntax[128] = {
		['"'] = true, ['#'] = true, ['%'] = true, ['\''] = true,
		['('] = true, [')'] = true, [','] = true, ['='] = true,
		['{'] = true, ['}'] = true,
	};

	return c > ' ' && c != 0x7F && (c >= 0x80 || !syntax[c]);
}

/* Reads a name into w (reset first). */
static void
read_ident(struct breader *b, struct buf *w)
{
	size_t	 n;
	int	 c;

	buf_reset(w);
	buf_addstr(w, "");
	while ((c = peek(b)) != '\n' && is_ident(c)) {
		if ((n = run_of(b, is_ident)) > 0) {
			buf_add(w, b->line + b->off, n);
			skip_run(b, n);
			continue;
		}
		/* A bad byte, reported as reading passes it. */
		buf_addc(w, (char)c);
		advance(b);
	}
}

/*
 * "kind 'name'", what messages call a field or macro, made in arena a.
 * Many fields need one, so it is built without printf.
 */
static const char *
quoted_name(struct arena *a, const char *kind, const char *name)
{
	size_t	 klen = strlen(kind), nlen = strlen(name);
	char	*q;

	q = arena_alloc(a, klen + nlen + 4);
	memcpy(q, kind, klen);
	memcpy(q + klen, " '", 2);
	memcpy(q + klen + 2, name, nlen);
	memcpy(q + klen + 2 + nlen, "'", 2);
	return q;
}

/* Lower-cases the ASCII letters of s. */
static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

/*
 * The entry in hand is dropped (it was reported); an entry that would
 * have been a record is counted once.
 */
static void
reject(struct breader *b)
{
	if (!b->rejected && b->is_record)
		diag_reject();
	b->rejected = true;
}

/*
 * Reads the input: entries as they come, outside text skipped; then the
 * entries still waiting for a crossref parent.
 */
static int
bibtex_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct breader	 b;
	struct entry	*e;
	struct srcpos	 pos;
	int		 c;

	memset(&b, 0, sizeof(b));
	b.in = in;
	b.lim = &opts->limits;
	b.finish_later = opts->finish_later;
	b.sink = sink;
	b.file = stream_name(in);
	arena_init(&b.earena);
	arena_init(&b.keep);
	arena_init(&b.rarena);
	strmap_init(&b.fieldnames);
	strmap_init(&b.macros);
	/* With the keyer that keys the records, one set serves both. */
	keyer_init(&b.own_keys);
	b.keys = opts->keyer != NULL ? opts->keyer : &b.own_keys;
	keyer_next_input(b.keys);
	strmap_init(&b.parents);
	strmap_init(&b.waiting);
	buf_init(&b.val);
	buf_init(&b.word);
	buf_init(&b.tmp);

	load_line(&b);
	while (b.stop == 0 && (c = peek(&b)) != LX_EOF) {
		if (c == '@')
			parse_entry(&b);
		else if (c == '%')
			skip_line(&b);
		else
			advance(&b);
	}
	/* Entries whose parent never came go out as they are. */
	for (e = b.held_first; b.stop == 0 && e != NULL; e = e->next_held) {
		if (e->done)
			continue;
		pos = e->f[BF_CROSSREF].pos;
		diag(DIAG_WARN, &pos, "crossref '%.*s' not found",
		    (int)e->f[BF_CROSSREF].len, e->f[BF_CROSSREF].s);
		emit(&b, e);
	}

	buf_release(&b.val);
	buf_release(&b.word);
	buf_release(&b.tmp);
	strmap_release(&b.fieldnames);
	strmap_release(&b.macros);
	keyer_release(&b.own_keys);
	strmap_release(&b.parents);
	strmap_release(&b.waiting);
	arena_release(&b.earena);
	arena_release(&b.keep);
	arena_release(&b.rarena);
	if (b.stop != 0)
		return b.stop;
	return b.read_error ? -1 : 0;
}

/*
 * Reads what starts at an @: an entry, @string, @preamble or @comment.
 * A bad entry is reported and dropped, and reading goes on at the next
 * line that starts with an @ (or right here, when that line is what
 * ended the entry).
 */
static void
parse_entry(struct breader *b)
{
	struct entry	*e = &b->ent;
	enum pres	 r;
	char		 close;
	int		 c;

	arena_reset(&b->earena);
	if (b->fieldnames.n > 0) {
		strmap_release(&b->fieldnames);
		strmap_init(&b->fieldnames);
	}
	memset(b->known_seen, 0, sizeof(b->known_seen));
	b->nfields = 0;
	b->dups = 0;
	memset(e, 0, sizeof(*e));
	e->pos = here(b);
	e->key = "";
	advance(b);			/* the @ */
	while ((c = peek(b)) == ' ' || c == '\t')
		advance(b);
	read_ident(b, &b->word);
	lower(b->word.data);
	e->type = arena_strdup(&b->earena, b->word.data);
	if (*e->type == '\0') {
		diag(DIAG_WARN, &e->pos, "ignoring '@' without an entry type");
		return;
	}
	while ((c = peek(b)) == ' ' || c == '\t' || c == '\n')
		advance(b);
	if (c != '{' && c != '(') {
		if (strcmp(e->type, "comment") != 0)
			diag(DIAG_WARN, &e->pos, "ignoring '@%s' without '{' "
			    "or '('", e->type);
		return;
	}
	close = c == '{' ? '}' : ')';
	advance(b);
	b->in_entry = strcmp(e->type, "comment") != 0;
	b->is_record = b->in_entry && strcmp(e->type, "string") != 0 &&
	    strcmp(e->type, "preamble") != 0;
	b->tainted = b->rejected = false;
	if (strcmp(e->type, "comment") == 0)
		r = parse_comment(b, close);
	else if (strcmp(e->type, "preamble") == 0)
		r = parse_preamble(b, close);
	else if (strcmp(e->type, "string") == 0)
		r = parse_string(b, close);
	else
		r = parse_fields(b, close);
	b->in_entry = b->is_record = false;
	switch (r) {
	case P_OK:
		trailing_text(b);
		break;
	case P_SKIP:
		skip_to_entry(b);
		break;
	case P_HERE:
	case P_EOF:
		break;
	}
}

/*
 * Skips @comment{...} up to the delimiter that closes it.  Lines that
 * start entries do not end it: commenting entries out is what it is for.
 */
static enum pres
parse_comment(struct breader *b, char close)
{
	struct srcpos	 pos = b->ent.pos;
	char		 open = close == '}' ? '{' : '(';
	size_t		 depth = 1;
	int		 c;

	while ((c = peek(b)) != LX_EOF) {
		advance(b);
		if (c == open)
			depth++;
		else if (c == close && --depth == 0)
			return P_OK;
	}
	diag(DIAG_ERROR, &pos, "end of input in @comment: unclosed '%c'",
	    open);
	return P_EOF;
}

/* Reads @preamble{value} and drops it. */
static enum pres
parse_preamble(struct breader *b, char close)
{
	enum pres	 r;

	skip_ws(b);
	if ((r = parse_value(b, "@preamble", false, NULL)) != P_OK)
		return r;
	return expect_close(b, close, "@preamble");
}

/* Reads @string{name = value} and defines the macro. */
static enum pres
parse_string(struct breader *b, char close)
{
	struct srcpos	 pos = b->ent.pos;
	struct macro	*m;
	struct buf	 msg;
	enum pres	 r;
	const char	*what;
	char		*name;

	skip_ws(b);
	read_ident(b, &b->word);
	if (b->word.len == 0) {
		buf_init(&msg);
		found(b, &msg);
		pos = here(b);
		diag(DIAG_ERROR, &pos, "expected a macro name after "
		    "'@string', found %s", buf_str(&msg));
		buf_release(&msg);
		return P_SKIP;
	}
	lower(b->word.data);
	name = arena_strdup(&b->earena, b->word.data);
	what = quoted_name(&b->earena, "@string", name);
	skip_ws(b);
	if (peek(b) != '=') {
		buf_init(&msg);
		found(b, &msg);
		pos = here(b);
		diag(DIAG_ERROR, &pos, "expected '=' after macro name '%s', "
		    "found %s", name, buf_str(&msg));
		buf_release(&msg);
		return P_SKIP;
	}
	advance(b);
	skip_ws(b);
	buf_reset(&b->val);
	if ((r = parse_value(b, what, true, name)) != P_OK)
		return r;
	if (peek(b) == ',') {
		advance(b);
		skip_ws(b);
	}
	if ((r = expect_close(b, close, what)) != P_OK)
		return r;
	if (b->rejected || b->tainted)
		return P_OK;
	if (b->macro_bytes + b->val.len > MAX_MACROS) {
		diag(DIAG_ERROR, &b->ent.pos, "too many macro definitions "
		    "(more than %lu bytes)", MAX_MACROS);
		return P_OK;
	}
	b->macro_bytes += b->val.len;
	if ((m = strmap_get(&b->macros, name)) == NULL) {
		m = arena_alloc(&b->keep, sizeof(*m));
		strmap_put(&b->macros, arena_strdup(&b->keep, name), m);
	}
	m->value = arena_strndup(&b->keep, b->val.data == NULL ? "" :
	    b->val.data, b->val.len);
	m->len = b->val.len;
	return P_OK;
}

/* Expects the delimiter that closes an @preamble or @string. */
static enum pres
expect_close(struct breader *b, char close, const char *what)
{
	struct srcpos	 pos;
	struct buf	 msg;

	skip_ws(b);
	if (peek(b) == close) {
		advance(b);
		return P_OK;
	}
	pos = here(b);
	buf_init(&msg);
	found(b, &msg);
	if (peek(b) == LX_EOF)
		diag(DIAG_ERROR, &b->ent.pos, "end of input in %s: missing "
		    "'%c'", what, close);
	else
		diag(DIAG_ERROR, &pos, "expected '%c' at the end of %s, "
		    "found %s", close, what, buf_str(&msg));
	buf_release(&msg);
	return peek(b) == LX_EOF ? P_EOF : peek(b) == '@' ? P_HERE : P_SKIP;
}

/*
 * The number of bytes of a key from the next one, outside braces: up to
 * white space, a comma, a brace, the entry's closing delimiter, the end
 * of the line or the next bad byte.
 */
static size_t
key_run(const struct breader *b, char close)
{
	size_t	 i, end = b->bad != NONE ? b->bad : b->len;
	char	 c;

	for (i = b->off; i < end; i++)
		if ((c = b->line[i]) == ' ' || c == '\t' || c == ',' ||
		    c == '{' || c == '}' || c == close)
			break;
	return i - b->off;
}

/*
 * Reads the key and fields of an entry up to its closing delimiter, and
 * hands the entry on (finish_entry()) unless it was dropped.
 */
static enum pres
parse_fields(struct breader *b, char close)
{
	struct entry		*e = &b->ent;
	const struct bib_field	*f;
	struct srcpos		 pos, *first;
	struct buf		 msg;
	enum pres		 r = P_OK;
	size_t			 depth = 0, n;
	const char		*what = "";
	const char		*name;
	bool			 want;
	int			 c;

	skip_ws(b);
	/* The key: anything up to a comma, white space or the end. */
	e->keypos = here(b);
	buf_reset(&b->word);
	buf_addstr(&b->word, "");
	while ((c = peek(b)) != LX_EOF && c != '\n' && c != ' ' &&
	    c != '\t' && (depth > 0 || (c != ',' && c != close))) {
		if (c == '{')
			depth++;
		else if (c == '}' && depth > 0)
			depth--;
		else if (depth == 0 && (n = key_run(b, close)) > 0) {
			buf_add(&b->word, b->line + b->off, n);
			skip_run(b, n);
			continue;
		}
		buf_addc(&b->word, (char)c);
		advance(b);
	}
	e->key = arena_strdup(&b->earena, b->word.data);
	b->swallow = false;
	buf_init(&msg);
	for (;;) {
		skip_ws(b);
		c = peek(b);
		if (c == close) {
			advance(b);
			break;
		}
		pos = here(b);
		if ((c == LX_EOF || c == '@') && b->swallow) {
			/* The last value took the entry's brace. */
			diag(DIAG_ERROR, &b->swallow_open, "unclosed '{' in %s: "
			    "its value runs to the end of the entry at line "
			    "%lu", what, b->swallow_end);
			r = c == '@' ? P_HERE : P_EOF;
			goto out;
		}
		if (c == LX_EOF) {
			diag(DIAG_ERROR, &e->pos, "end of input in entry "
			    "'%s': missing '%c'", e->key, close);
			r = P_EOF;
			goto out;
		}
		if (c == '@') {
			diag(DIAG_ERROR, &e->pos, "entry '%s' is not closed "
			    "before the entry at line %lu", e->key, pos.line);
			r = P_HERE;
			goto out;
		}
		if (c != ',') {
			buf_reset(&msg);
			found(b, &msg);
			if (strcmp(e->key, "") != 0 && b->nfields == 0)
				diag(DIAG_ERROR, &pos, "expected ',' after key "
				    "'%s', found %s", e->key, buf_str(&msg));
			else
				diag(DIAG_ERROR, &pos, "expected ',' or '%c' "
				    "after a field, found %s", close,
				    buf_str(&msg));
			r = P_SKIP;
			goto out;
		}
		advance(b);
		b->swallow = false;
		skip_ws(b);
		if ((c = peek(b)) == close) {
			advance(b);
			break;
		}
		if (c == '@' || c == LX_EOF)
			continue;	/* reported above */
		pos = here(b);
		read_ident(b, &b->word);
		if (b->word.len == 0) {
			buf_reset(&msg);
			found(b, &msg);
			diag(DIAG_ERROR, &pos, "expected a field name, found %s",
			    buf_str(&msg));
			r = P_SKIP;
			goto out;
		}
		lower(b->word.data);
		f = field_by_name(b->word.data);
		name = f != NULL ? f->name : arena_strdup(&b->earena,
		    b->word.data);
		skip_ws(b);
		if (peek(b) != '=') {
			buf_reset(&msg);
			found(b, &msg);
			pos = here(b);
			diag(DIAG_ERROR, &pos, "expected '=' after field name "
			    "'%s', found %s", name, buf_str(&msg));
			r = P_SKIP;
			goto out;
		}
		advance(b);
		skip_ws(b);
		want = f != NULL && e->f[f->id].s == NULL;
		/* Where the name was first seen: by index, or in the map. */
		first = f != NULL ? &b->known_seen[f - bib_fields] :
		    strmap_get(&b->fieldnames, name);
		if (first != NULL && first->line != 0) {
			if (++b->dups <= MAX_DUP_WARNINGS)
				diag(DIAG_WARN, &pos, "duplicate field '%s' "
				    "(first at line %lu); the first is kept",
				    name, first->line);
			want = false;
		} else if (f != NULL) {
			b->known_seen[f - bib_fields] = pos;
			b->nfields++;
		} else {
			b->nfields++;
			first = arena_alloc(&b->earena, sizeof(*first));
			*first = pos;
			strmap_put(&b->fieldnames, name, first);
		}
		buf_reset(&b->val);
		pos = here(b);
		if (f == NULL)
			what = quoted_name(&b->earena, "field", name);
		else if ((what = b->known_what[f - bib_fields]) == NULL)
			what = b->known_what[f - bib_fields] =
			    quoted_name(&b->keep, "field", name);
		if ((r = parse_value(b, what, want, NULL)) != P_OK)
			goto out;
		if (want) {
			e->f[f->id].s = arena_strndup(&b->earena,
			    b->val.data == NULL ? "" : b->val.data,
			    b->val.len);
			e->f[f->id].len = b->val.len;
			e->f[f->id].pos = pos;
		}
	}
	finish_entry(b);
out:
	/* A flood of duplicates is told as a count, not line by line. */
	if (b->dups > MAX_DUP_WARNINGS)
		diag(DIAG_WARN, &e->pos, "%lu more duplicate fields in entry "
		    "'%s' not reported; the first of each is kept",
		    b->dups - MAX_DUP_WARNINGS, e->key);
	buf_release(&msg);
	if (r != P_OK)
		reject(b);
	return r;
}

/*
 * Reads a value: parts joined by #.  With want set, the parts go into
 * b->val; defining is the name of the macro a @string defines (a use of
 * it before it exists refers to itself).  what names the field in
 * messages.
 */
static enum pres
parse_value(struct breader *b, const char *what, bool want,
    const char *defining)
{
	struct srcpos	 pos;
	struct buf	 msg;
	enum pres	 r;
	int		 c;

	b->too_long = b->too_deep = false;
	for (;;) {
		c = peek(b);
		pos = here(b);
		b->swallow = false;
		if (c == '{' || c == '"') {
			if ((r = parse_delimited(b, what, want)) != P_OK)
				return r;
		} else if (c >= '0' && c <= '9') {
			buf_reset(&b->word);
			while ((c = peek(b)) >= '0' && c <= '9') {
				buf_addc(&b->word, (char)c);
				advance(b);
			}
			if (want)
				add_value(b, b->word.data, b->word.len, what,
				    &pos);
		} else if (c != '\n' && is_ident(c) && c != '@') {
			read_ident(b, &b->word);
			lower(b->word.data);
			expand_macro(b, what, want, defining, &pos);
		} else {
			buf_init(&msg);
			found(b, &msg);
			diag(DIAG_ERROR, &pos, "expected a value for %s, found "
			    "%s", what, buf_str(&msg));
			buf_release(&msg);
			return c == LX_EOF ? P_EOF : c == '@' ? P_HERE :
			    P_SKIP;
		}
		skip_ws(b);
		if (peek(b) != '#')
			return P_OK;
		advance(b);
		skip_ws(b);
	}
}

/*
 * Reads a {braced} or "quoted" part of a value.  A line that starts an
 * entry ends an unclosed one as an error, so that the entries after it
 * are still read.  A braced part that spans lines and ends with a brace
 * alone on its line may have taken the brace that was to close the
 * entry: b->swallow notes it, for a better message if the entry then
 * does not close.
 */
static enum pres
parse_delimited(struct breader *b, const char *what, bool want)
{
	struct srcpos	 open = here(b), pos, stray;
	bool		 quoted = peek(b) == '"';
	size_t		 depth = quoted ? 0 : 1, run, i;
	unsigned long	 ncol;
	int		 c;

	stray.line = 0;
	advance(b);
	for (;;) {
		c = peek(b);
		if (c == LX_EOF) {
			diag(DIAG_ERROR, &open, "end of input in %s: "
			    "unclosed '%c'", what, quoted ? '"' : '{');
			return P_EOF;
		}
		if (c == '\n') {
			advance(b);
			if (b->have_line && b->entry_line) {
				diag(DIAG_ERROR, &open, "unclosed '%c' in %s "
				    "before the entry at line %lu",
				    quoted ? '"' : '{', what, b->lineno);
				return P_HERE;
			}
			if (want)
				add_value(b, "\n", 1, what, &open);
			continue;
		}
		if (c == '{') {
			if (++depth > b->lim->depth && !b->too_deep) {
				pos = here(b);
				diag(DIAG_ERROR, &pos, "braces nested too "
				    "deeply in %s (more than %zu levels; --max "
				    "depth=N raises the limit)", what,
				    b->lim->depth);
				b->too_deep = true;
				reject(b);
			}
		} else if (c == '}') {
			if (depth == 0) {
				/* Reported if the quote closes after all. */
				if (stray.line == 0)
					stray = here(b);
				advance(b);
				continue;
			}
			if (--depth == 0 && !quoted) {
				for (i = 0; i < b->off && (b->line[i] == ' ' ||
				    b->line[i] == '\t'); i++)
					continue;
				b->swallow = i == b->off &&
				    b->lineno != open.line;
				b->swallow_open = open;
				b->swallow_end = b->lineno;
				advance(b);
				return P_OK;
			}
		} else if (c == '"' && quoted && depth == 0) {
			advance(b);
			if (stray.line != 0) {
				diag(DIAG_ERROR, &stray, "unbalanced '}' in %s",
				    what);
				reject(b);
			}
			return P_OK;
		} else if ((run = value_run(b, &ncol)) > 0) {
			/* A run of ordinary bytes at once. */
			if (want)
				add_value(b, b->line + b->off, run, what,
				    &open);
			b->col += ncol;
			b->off += run;
			continue;
		}
		if (want)
			add_value(b, b->line + b->off, 1, what, &open);
		advance(b);
	}
}

/* Appends the value of a macro; an undefined one is empty. */
static void
expand_macro(struct breader *b, const char *what, bool want,
    const char *defining, const struct srcpos *pos)
{
	const struct macro	*m;
	const char		*name = b->word.data;
	size_t			 i;

	if ((m = strmap_get(&b->macros, name)) != NULL) {
		if (want) {
			if (b->expanded + m->len > MAX_EXPAND) {
				if (!b->too_long)
					diag(DIAG_ERROR, pos, "macro expansion "
					    "limit reached (%lu bytes) in %s",
					    MAX_EXPAND, what);
				b->too_long = true;
				reject(b);
				return;
			}
			b->expanded += m->len;
			add_value(b, m->value, m->len, what, pos);
		}
		return;
	}
	for (i = 0; i < sizeof(month_macros) / sizeof(month_macros[0]);
	    i += 2)
		if (strcmp(month_macros[i], name) == 0) {
			if (want)
				add_value(b, month_macros[i + 1],
				    strlen(month_macros[i + 1]), what, pos);
			return;
		}
	if (defining != NULL && strcmp(defining, name) == 0) {
		diag(DIAG_ERROR, pos, "macro '%s' refers to itself", name);
		reject(b);
		return;
	}
	diag(DIAG_WARN, pos, "undefined macro '%s' in %s; taken as empty",
	    name, what);
}

/* Appends s[0..len) to the value, up to the field limit. */
static void
add_value(struct breader *b, const char *s, size_t len, const char *what,
    const struct srcpos *pos)
{
	if (b->too_long)
		return;
	if (b->val.len + len > b->lim->field) {
		diag(DIAG_ERROR, pos, "%s longer than %zu bytes (--max "
		    "field=N raises the limit)", what, b->lim->field);
		b->too_long = true;
		reject(b);
		return;
	}
	buf_add(&b->val, s, len);
}

/* Warns about text on the line after the end of an entry. */
static void
trailing_text(struct breader *b)
{
	struct srcpos	 pos;
	int		 c;

	while ((c = peek(b)) == ' ' || c == '\t')
		advance(b);
	/* Some files put a comma after each entry. */
	if (c == ',') {
		advance(b);
		while ((c = peek(b)) == ' ' || c == '\t')
			advance(b);
	}
	if (c == '\n' || c == LX_EOF || c == '%' || c == '@')
		return;
	pos = here(b);
	diag(DIAG_WARN, &pos, "ignoring text after the end of entry '%s'",
	    b->ent.key);
}

/* The field named name (lower case), or NULL. */
static const struct bib_field *
field_by_name(const char *name)
{
	return bsearch(name, bib_fields, NBIB_FIELDS, sizeof(bib_fields[0]),
	    compare_field);
}

static int
compare_field(const void *key, const void *elem)
{
	const char	*name = ((const struct bib_field *)elem)->name;

	/* Most names differ in their first letter. */
	if (*(const char *)key != *name)
		return (unsigned char)*(const char *)key - (unsigned char)*name;
	return strcmp(key, name);
}

static bool
is_parent_type(const char *type)
{
	size_t	 i;

	for (i = 0; i < sizeof(parent_types) / sizeof(parent_types[0]); i++)
		if (strcmp(parent_types[i], type) == 0)
			return true;
	return false;
}

/*
 * An entry was read to its end: checks its key, then hands it over, or
 * holds it until its crossref parent comes; keeps it when it may be a
 * parent, and releases the entries that were waiting for it.
 */
static void
finish_entry(struct breader *b)
{
	struct entry		*e = &b->ent, *kept = NULL;
	struct waiting		*w;
	char			*lkey, *target;
	unsigned long		 first;

	if (b->rejected || b->tainted) {
		reject(b);
		return;
	}
	lkey = arena_strdup(&b->earena, e->key);
	lower(lkey);
	if (*lkey != '\0' && !keyer_register(b->keys, lkey, strlen(lkey),
	    e->keypos.line, &first)) {
		if (first != 0)
			diag(DIAG_ERROR, &e->keypos, "duplicate key '%s' "
			    "(first at line %lu)", e->key, first);
		else
			diag(DIAG_ERROR, &e->keypos, "duplicate key '%s'",
			    e->key);
		reject(b);
		return;
	}
	if (e->f[BF_CROSSREF].s != NULL) {
		buf_reset(&b->tmp);
		buf_add(&b->tmp, e->f[BF_CROSSREF].s, e->f[BF_CROSSREF].len);
		trim_buf(&b->tmp);
		target = arena_strdup(&b->earena, buf_str(&b->tmp));
		lower(target);
		if ((e->parent = strmap_get(&b->parents, target)) == NULL) {
			kept = keep_entry(b, e);
			if (b->held_last != NULL)
				b->held_last->next_held = kept;
			else
				b->held_first = kept;
			b->held_last = kept;
			if ((w = strmap_get(&b->waiting, target)) == NULL) {
				w = arena_alloc(&b->keep, sizeof(*w));
				w->first = w->last = NULL;
				strmap_put(&b->waiting,
				    arena_strdup(&b->keep, target), w);
			}
			if (w->last != NULL)
				w->last->next_child = kept;
			else
				w->first = kept;
			w->last = kept;
		}
	}
	if (kept == NULL)
		emit(b, e);
	if (*lkey == '\0' || b->stop != 0)
		return;
	w = strmap_get(&b->waiting, lkey);
	if ((w != NULL && w->first != NULL) || is_parent_type(e->type)) {
		if (kept == NULL)
			kept = keep_entry(b, e);
		strmap_put(&b->parents, arena_strdup(&b->keep, lkey), kept);
	}
	if (w != NULL && w->first != NULL)
		release_waiting(b, lkey, kept);
}

/* A copy of the entry in the arena that lives as long as the input. */
static struct entry *
keep_entry(struct breader *b, const struct entry *e)
{
	struct entry	*k;
	size_t		 i;

	k = arena_alloc(&b->keep, sizeof(*k));
	*k = *e;
	k->type = arena_strdup(&b->keep, e->type);
	k->key = arena_strdup(&b->keep, e->key);
	k->next_child = k->next_held = NULL;
	for (i = 0; i < BF_N; i++)
		if (e->f[i].s != NULL)
			k->f[i].s = arena_strndup(&b->keep, e->f[i].s,
			    e->f[i].len);
	return k;
}

/* Hands over the entries that waited for parent (key lkey). */
static void
release_waiting(struct breader *b, const char *lkey,
    const struct entry *parent)
{
	struct waiting	*w = strmap_get(&b->waiting, lkey);
	struct entry	*c;

	for (c = w->first; c != NULL && b->stop == 0; c = c->next_child) {
		c->parent = parent;
		emit(b, c);
	}
	w->first = w->last = NULL;
}

/* The value of field id in the entry itself, or NULL. */
static const struct val *
own(const struct entry *e, enum bfield id)
{
	return e->f[id].s != NULL ? &e->f[id] : NULL;
}

/* The value of field id, from the crossref parent when it can be. */
static const struct val *
get(const struct entry *e, enum bfield id)
{
	size_t	 i;

	if (e->f[id].s != NULL)
		return &e->f[id];
	if (e->parent == NULL || e->parent->f[id].s == NULL)
		return NULL;
	for (i = 0; i < sizeof(bib_fields) / sizeof(bib_fields[0]); i++)
		if (bib_fields[i].id == id)
			return bib_fields[i].inherit ? &e->parent->f[id] : NULL;
	return NULL;
}

/*
 * The text of field text s[0..len): TeX read (latex_decode() with flags),
 * NFC, white space collapsed (or paragraphs kept), in a, with tmp for
 * the work; NULL when it is empty.
 */
static const char *
decoded(struct arena *a, struct buf *tmp, const char *s, size_t len,
    int flags, bool para)
{
	const char	*t;

	buf_reset(tmp);
	latex_decode(tmp, s, len, flags);
	if (tmp->data == NULL)
		return NULL;
	/* Text in NFC with single spaces is also its own paragraphs. */
	if (para && text_is_final(tmp->data, tmp->len, true))
		t = arena_strndup(a, tmp->data, tmp->len);
	else {
		if (para)
			paragraphs(tmp);
		t = text_nfc(a, tmp->data, tmp->len, !para);
	}
	return *t == '\0' ? NULL : t;
}

/* The text of a value, as decoded() makes it. */
static const char *
text_of(struct breader *b, const struct val *v, int flags, bool para)
{
	if (v == NULL)
		return NULL;
	return decoded(&b->rarena, &b->tmp, v->s, v->len, flags, para);
}

/*
 * The abstract, the longest field by far, is read by the thread that
 * takes the records when the reader has a thread of its own (its TeX
 * as written is handed over): the reading thread is the one that
 * limits the speed, and the other has time to spare.
 */
static void
bibtex_finish(struct record *r, struct arena *a, struct buf *scratch)
{
	if (r->abstract != NULL)
		r->abstract = decoded(a, scratch, r->abstract,
		    strlen(r->abstract), LATEX_DEC_GROUPS, true);
}

/* Builds the record of an entry and hands it to the sink. */
static void
emit(struct breader *b, struct entry *e)
{
	struct record		*r = &b->rec;
	const struct val	*v;
	const char		*note;

	e->done = true;
	arena_reset(&b->rarena);
	record_init(r);
	r->pos = e->pos;
	if ((r->title = text_of(b, own(e, BF_TITLE), LATEX_DEC_TITLE,
	    false)) == NULL) {
		if (*e->key != '\0')
			diag(DIAG_ERROR, &e->pos, "entry '%s' has no title",
			    e->key);
		else
			diag(DIAG_ERROR, &e->pos, "entry has no title");
		diag_reject();
		return;
	}
	r->key = key_of(b, e);
	read_authors(b, get(e, BF_AUTHOR));
	r->date = date_of(b, e);
	r->venue = venue_of(b, e);
	r->volume = text_of(b, get(e, BF_VOLUME), 0, false);
	r->pages = pages_of(b, own(e, BF_PAGES));
	r->doi = verbatim_of(b, own(e, BF_DOI), true);
	r->url = verbatim_of(b, own(e, BF_URL), false);
	if (r->url == NULL && (v = own(e, BF_HOWPUBLISHED)) != NULL &&
	    (note = text_of(b, v, 0, false)) != NULL &&
	    (strncmp(note, "\\url", 4) == 0 || strncmp(note, "http", 4) == 0))
		r->url = verbatim_of(b, v, false);
	r->arxiv = arxiv_of(b, e, r->venue);
	r->area = area_of(b, e);
	if ((v = own(e, BF_ABSTRACT)) != NULL && b->finish_later)
		r->abstract = arena_strndup(&b->rarena, v->s, v->len);
	else
		r->abstract = text_of(b, v, LATEX_DEC_GROUPS, true);
	note = text_of(b, own(e, BF_NOTE), 0, false);
	r->code = note != NULL && strncasecmp(note, "code available", 14) == 0;
	strlist_add(&b->rarena, &r->sources, "bibtex");
	b->stop = b->sink->record(b->sink->arg, r);
}

/* May c be part of a key: printable ASCII but for {}(),"#%'=\~? */
static bool
is_key_char(char c)
{
	static const bool	 syntax[128] = {
		['{'] = true, ['}'] = true, ['('] = true, [')'] = true,
		[','] = true, ['"'] = true, ['#'] = true, ['%'] = true,
		['\''] = true, ['='] = true, ['\\'] = true, ['~'] = true,
	};

	return c > ' ' && c < 0x7F && !syntax[(unsigned char)c];
}

/*
 * The record key: the entry key when it is plain ASCII (no white space,
 * braces, quotes, backslashes or the characters BibTeX keeps for its
 * syntax), else none, with a warning: pubtool gives the record a key.
 */
static const char *
key_of(struct breader *b, const struct entry *e)
{
	const char	*p;

	if (*e->key == '\0') {
		diag(DIAG_WARN, &e->pos, "entry has no key");
		return NULL;
	}
	for (p = e->key; *p != '\0'; p++)
		if (!is_key_char(*p)) {
			diag(DIAG_WARN, &e->keypos, "ignoring key '%s': a key "
			    "is ASCII without spaces, braces, quotes or "
			    "backslashes", e->key);
			return NULL;
		}
	return arena_strdup(&b->rarena, e->key);
}

/*
 * Splits the author field at " and " outside braces into the record's
 * authors; "others" sets et_al.
 */
static void
read_authors(struct breader *b, const struct val *v)
{
	const char	*s, *name;
	size_t		 len, i, start = 0, depth = 0, n, end;

	if (v == NULL)
		return;
	s = v->s;
	len = v->len;
	for (i = 0; i <= len; i++) {
		if (i < len && s[i] == '{')
			depth++;
		else if (i < len && s[i] == '}' && depth > 0)
			depth--;
		/* " and " at depth 0, with any white space around it. */
		if (i < len && !(depth == 0 && (s[i] == ' ' || s[i] == '\t' ||
		    s[i] == '\n') && i + 4 < len &&
		    strncasecmp(s + i + 1, "and", 3) == 0 &&
		    (s[i + 4] == ' ' || s[i + 4] == '\t' || s[i + 4] == '\n')))
			continue;
		end = i;
		for (n = start; n < end && (s[n] == ' ' || s[n] == '\t' ||
		    s[n] == '\n'); n++)
			continue;
		while (end > n && (s[end - 1] == ' ' || s[end - 1] == '\t' ||
		    s[end - 1] == '\n'))
			end--;
		if (end - n == 6 && strncasecmp(s + n, "others", 6) == 0)
			b->rec.et_al = true;
		else if (end == n)
			diag(DIAG_WARN, &v->pos, "empty name in field 'author'");
		else if ((name = name_of(b, s + n, end - n, v)) != NULL)
			strlist_add(&b->rarena, &b->rec.authors, name);
		/* The next name starts at the space after "and". */
		start = i + 4;
		i += 3;
	}
}

/*
 * The record form of one BibTeX name s[0..len): a corporate name in
 * braces as it is, "Given Family" as it is, the comma forms turned
 * around (display_name()).
 */
static const char *
name_of(struct breader *b, const char *s, size_t len, const struct val *v)
{
	const char	*part[3] = { NULL, NULL, NULL };
	struct val	 pv;
	size_t		 comma[3], ncommas = 0, depth = 0, i, start;
	int		 k;

	for (i = 0; i < len; i++) {
		if (s[i] == '{')
			depth++;
		else if (s[i] == '}' && depth > 0)
			depth--;
		else if (s[i] == ',' && depth == 0) {
			if (ncommas < 3)
				comma[ncommas] = i;
			ncommas++;
		}
	}
	pv = *v;
	if (ncommas == 0) {
		pv.s = s;
		pv.len = len;
		return text_of(b, &pv, LATEX_DEC_NAME, false);
	}
	if (ncommas > 2) {
		diag(DIAG_WARN, &v->pos, "too many commas in name '%.*s'",
		    (int)len, s);
		ncommas = 2;
	}
	/* family, [suffix,] given: the last part runs to the end. */
	for (k = 0, start = 0; k <= (int)ncommas; k++) {
		pv.s = s + start;
		pv.len = (k < (int)ncommas ? comma[k] : len) - start;
		part[k] = comma_space(b, text_of(b, &pv, LATEX_DEC_NAME,
		    false));
		if (k < (int)ncommas)
			start = comma[k] + 1;
	}
	if (ncommas == 1)
		return display_name(b, part[0], NULL, part[1]);
	return display_name(b, part[0], part[1], part[2]);
}

/*
 * A name part with a comma (from braces: {Barnes, Inc.}) gets a space
 * after it, as the comma forms have, so that the form read back from
 * what the writer writes is the same.
 */
static const char *
comma_space(struct breader *b, const char *t)
{
	const char	*p;

	if (t == NULL || strchr(t, ',') == NULL)
		return t;
	buf_reset(&b->tmp);
	for (p = t; *p != '\0'; p++) {
		buf_addc(&b->tmp, *p);
		if (*p == ',' && p[1] != ' ' && p[1] != '\0')
			buf_addc(&b->tmp, ' ');
	}
	return arena_strdup(&b->rarena, buf_str(&b->tmp));
}

/* Is s[0..len) the same bytes as the C string t (NULL for none)? */
static bool
same_part(const char *s, size_t len, const char *t)
{
	if (t == NULL)
		return len == 0;
	return strlen(t) == len && memcmp(s, t, len) == 0;
}

/*
 * The form of a name with these parts that name_split() reads back as
 * the same parts: "Given Family [Suffix]", else "Family Given" (how
 * CJK and family-first names are kept), else "Family, [Suffix, ]Given".
 */
static const char *
display_name(struct breader *b, const char *family, const char *suffix,
    const char *given)
{
	struct name	 n;
	int		 form;

	if (family == NULL)
		return given;
	if (given == NULL && suffix == NULL)
		return family;
	for (form = 0; form < 3; form++) {
		buf_reset(&b->tmp);
		if (form == 0) {
			buf_addf(&b->tmp, "%s%s%s", given == NULL ? "" : given,
			    given == NULL ? "" : " ", family);
			if (suffix != NULL)
				buf_addf(&b->tmp, " %s", suffix);
		} else if (form == 1) {
			if (suffix != NULL || given == NULL)
				continue;
			buf_addf(&b->tmp, "%s %s", family, given);
		} else {
			buf_addf(&b->tmp, "%s, ", family);
			if (suffix != NULL)
				buf_addf(&b->tmp, "%s, ", suffix);
			buf_addstr(&b->tmp, given == NULL ? "" : given);
			break;
		}
		name_split(buf_str(&b->tmp), &n);
		if (same_part(n.family, n.family_len, family) &&
		    same_part(n.given, n.given_len, given) &&
		    same_part(n.suffix, n.suffix_len, suffix))
			break;
	}
	return arena_strdup(&b->rarena, buf_str(&b->tmp));
}

/*
 * The date: the biblatex date field (YYYY, YYYY-MM or YYYY-MM-DD; the
 * start of a range), else year and month; all of them from the crossref
 * parent when the entry has none.
 */
static const char *
date_of(struct breader *b, const struct entry *e)
{
	const struct val	*v;
	struct ymd		 d;
	const struct entry	*src = e;
	char			 out[16];
	size_t			 n;

	/* The date comes whole from the entry or whole from its parent. */
	if (own(e, BF_DATE) == NULL && own(e, BF_YEAR) == NULL &&
	    own(e, BF_MONTH) == NULL && e->parent != NULL)
		src = e->parent;

	if ((v = own(src, BF_DATE)) != NULL) {
		buf_reset(&b->tmp);
		latex_decode(&b->tmp, v->s, v->len, 0);
		trim_buf(&b->tmp);
		if ((n = strcspn(buf_str(&b->tmp), "/")) < b->tmp.len)
			buf_truncate(&b->tmp, n);
		if (date_parse(buf_str(&b->tmp), &d) && d.y >= 1000) {
			date_format(&d, out, sizeof(out));
			return arena_strdup(&b->rarena, out);
		}
		diag(DIAG_WARN, &v->pos, "invalid date '%s'",
		    buf_str(&b->tmp));
	}
	memset(&d, 0, sizeof(d));
	if ((v = own(src, BF_YEAR)) != NULL) {
		buf_reset(&b->tmp);
		latex_decode(&b->tmp, v->s, v->len, 0);
		trim_buf(&b->tmp);
		if (b->tmp.len == 4 && strspn(b->tmp.data, "0123456789") == 4 &&
		    b->tmp.data[0] != '0')
			d.y = atoi(b->tmp.data);
		else
			diag(DIAG_WARN, &v->pos, "invalid year '%s'",
			    buf_str(&b->tmp));
	}
	if ((v = own(src, BF_MONTH)) != NULL) {
		buf_reset(&b->tmp);
		latex_decode(&b->tmp, v->s, v->len, 0);
		trim_buf(&b->tmp);
		if ((d.m = month_of(buf_str(&b->tmp), &d.d, v)) > 0 &&
		    d.y == 0 && own(src, BF_YEAR) == NULL)
			diag(DIAG_WARN, &v->pos, "ignoring month '%s' without "
			    "a year", buf_str(&b->tmp));
	}
	if (d.y == 0)
		return NULL;
	if (d.m == 0 || d.d > date_days_in_month(d.y, d.m))
		d.d = 0;
	date_format(&d, out, sizeof(out));
	return arena_strdup(&b->rarena, out);
}

/*
 * The month of a month field: a number, a name or its abbreviation
 * (with or without a full stop), which may be followed by a day ("jul #
 * "~4"" is "July 4"), stored in *day; 0 with a warning when it is none.
 */
static int
month_of(const char *s, int *day, const struct val *v)
{
	size_t	 n, w;
	int	 m = 0;

	*day = 0;
	n = strspn(s, "0123456789");
	if (n > 0 && n <= 2 && s[n] == '\0')
		m = atoi(s);
	else if (n == 0) {
		w = strcspn(s, " .,");
		m = date_month(s, w);
		n = w + strspn(s + w, " .,");
		if (s[n] != '\0') {
			w = strspn(s + n, "0123456789");
			if (w == 0 || w > 2 || s[n + w] != '\0')
				m = 0;
			else
				*day = atoi(s + n);
		}
	}
	if (m < 1 || m > 12) {
		diag(DIAG_WARN, &v->pos, "unknown month '%s'", s);
		return 0;
	}
	return m;
}

/*
 * The venue: journal, booktitle or howpublished (unless it is only a
 * URL), else the parent's journal, booktitle or title.
 */
static const char *
venue_of(struct breader *b, const struct entry *e)
{
	static const enum bfield own_fields[] = {
		BF_JOURNAL, BF_BOOKTITLE, BF_HOWPUBLISHED
	};
	static const enum bfield parent_fields[] = {
		BF_JOURNAL, BF_BOOKTITLE, BF_TITLE
	};
	const char	*t;
	size_t		 i;

	for (i = 0; i < 3; i++) {
		if ((t = text_of(b, own(e, own_fields[i]), LATEX_DEC_TITLE,
		    false)) == NULL)
			continue;
		if (own_fields[i] == BF_HOWPUBLISHED &&
		    (strncmp(t, "\\url", 4) == 0 ||
		    strncmp(t, "http", 4) == 0))
			continue;
		return t;
	}
	for (i = 0; e->parent != NULL && i < 3; i++)
		if ((t = text_of(b, own(e->parent, parent_fields[i]),
		    LATEX_DEC_TITLE, false)) != NULL)
			return t;
	return NULL;
}

/* Pages, with a TeX dash between numbers read as an en dash. */
static const char *
pages_of(struct breader *b, const struct val *v)
{
	const char	*t, *p;

	if ((t = text_of(b, v, 0, false)) == NULL || strstr(t, "--") == NULL)
		return t;
	buf_reset(&b->tmp);
	for (p = t; *p != '\0'; p++) {
		if (p[0] == '-' && p[1] == '-') {
			buf_addstr(&b->tmp, "\xE2\x80\x93");
			while (p[1] == '-')
				p++;
		} else
			buf_addc(&b->tmp, *p);
	}
	return arena_strdup(&b->rarena, buf_str(&b->tmp));
}

/*
 * An identifier (doi, url, eprint): as written but without white space
 * and braces, \url{...} and the escapes \_ \% \& \# \$ \~ read; a DOI
 * loses a https://doi.org/ or doi: prefix.
 */
static const char *
verbatim_of(struct breader *b, const struct val *v, bool doi)
{
	static const char *const prefixes[] = {
		"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
		"http://dx.doi.org/", "doi:"
	};
	const char	*s;
	size_t		 i, j, n;

	if (v == NULL)
		return NULL;
	buf_reset(&b->tmp);
	buf_addstr(&b->tmp, "");
	s = v->s;
	for (i = 0; i < v->len; ) {
		/* Most of an identifier is copied as it is, a run at once. */
		for (j = i; j < v->len && s[j] != '\\' && s[j] != '{' &&
		    s[j] != '}' && s[j] != ' ' && s[j] != '\t' && s[j] != '\n';
		    j++)
			continue;
		buf_add(&b->tmp, s + i, j - i);
		if ((i = j) == v->len)
			break;
		if (strncmp(s + i, "\\url", 4) == 0 && (i + 4 == v->len ||
		    s[i + 4] == '{' || s[i + 4] == ' '))
			i += 4;
		else if (s[i] == '\\' && i + 1 < v->len &&
		    strchr("_%&#$~", s[i + 1]) != NULL && s[i + 1] != '\0') {
			buf_addc(&b->tmp, s[i + 1]);
			i += 2;
		} else if (s[i] == '\\')
			buf_addc(&b->tmp, s[i++]);
		else
			i++;	/* braces and white space are dropped */
	}
	for (i = 0; doi && i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
			n = strlen(prefixes[i]);
			if (b->tmp.len > n &&
			    strncasecmp(b->tmp.data, prefixes[i], n) == 0 &&
			    strncmp(b->tmp.data + n, "10.", 3) == 0) {
				memmove(b->tmp.data, b->tmp.data + n,
				    b->tmp.len - n + 1);
				b->tmp.len -= n;
				break;
			}
		}
	if (b->tmp.len == 0)
		return NULL;
	return text_nfc(&b->rarena, b->tmp.data, b->tmp.len, false);
}

/*
 * The arXiv id, without its version and in the canonical form that the
 * other readers give too (ident_arxiv()): from eprint with archiveprefix
 * or eprinttype arXiv, or an eprint that is an arXiv id; else from
 * "arXiv:ID" in the venue (Google Scholar), a CoRR volume "abs/ID"
 * (DBLP) or an arXiv url.  Drops the record's doi and url when they are
 * the ones the writer derives from the id.
 */
static const char *
arxiv_of(struct breader *b, const struct entry *e, const char *venue)
{
	const struct val	*v;
	struct record		*r = &b->rec;
	const char		*id = NULL, *p, *kind;
	size_t			 n;

	if ((v = own(e, BF_EPRINT)) != NULL &&
	    (p = verbatim_of(b, v, false)) != NULL) {
		kind = text_of(b, own(e, BF_ARCHIVEPREFIX), 0, false);
		if (kind == NULL)
			kind = text_of(b, own(e, BF_EPRINTTYPE), 0, false);
		if (kind == NULL || strcasecmp(kind, "arxiv") == 0)
			id = ident_arxiv(&b->rarena, p);
		if (id == NULL && kind != NULL && strcasecmp(kind, "arxiv") == 0)
			diag(DIAG_WARN, &v->pos, "eprint '%s' is not an arXiv "
			    "identifier", p);
	}
	for (p = venue; id == NULL && p != NULL &&
	    (p = strstr(p, "arXiv:")) != NULL; p++) {
		n = strcspn(p + 6, " ,;)]");
		id = ident_arxiv(&b->rarena,
		    arena_strndup(&b->rarena, p + 6, n));
	}
	if (id == NULL && venue != NULL && strcmp(venue, "CoRR") == 0 &&
	    (p = text_of(b, get(e, BF_VOLUME), 0, false)) != NULL)
		id = ident_arxiv(&b->rarena, p);
	if (id == NULL && r->url != NULL)
		id = ident_arxiv(&b->rarena, r->url);
	if (id == NULL)
		return NULL;
	if (r->doi != NULL && strncasecmp(r->doi, "10.48550/arXiv.", 15) ==
	    0 && strcmp(r->doi + 15, id) == 0)
		r->doi = NULL;
	if (r->url != NULL && strncmp(r->url, "https://arxiv.org/abs/", 22) ==
	    0 && strcmp(r->url + 22, id) == 0)
		r->url = NULL;
	return id;
}

/*
 * Is s one area code: capitals (CL, NA), a category the taxonomy knows
 * (quant-ph) or one that looks like a category (cs.XY)?
 */
static bool
is_area_code(const char *s)
{
	const char	*p;

	for (p = s; *p >= 'A' && *p <= 'Z'; p++)
		continue;
	if (p - s >= 2 && *p == '\0')
		return true;
	/* The shape is tested before the taxonomy, which costs more. */
	for (p = s; (*p >= 'a' && *p <= 'z') || *p == '-'; p++)
		continue;
	if (p > s && *p == '.' && p[1] != '\0') {
		for (p++; (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    *p == '-'; p++)
			continue;
		if (*p == '\0')
			return true;
	}
	return area_name(s) != NULL;
}

/*
 * The area: keywords when they are one area code, else primaryclass when
 * it is one (the writer writes the area as keywords, whatever it is).
 */
static const char *
area_of(struct breader *b, const struct entry *e)
{
	const char	*t;

	if ((t = text_of(b, own(e, BF_KEYWORDS), 0, false)) != NULL &&
	    is_area_code(t))
		return t;
	if ((t = text_of(b, own(e, BF_PRIMARYCLASS), 0, false)) != NULL &&
	    is_area_code(t))
		return t;
	return NULL;
}

/* Is c white space to a value: a space, a tab or a line break? */
static bool
is_white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Removes white space at both ends of the buffer. */
static void
trim_buf(struct buf *t)
{
	size_t	 i = 0;

	while (t->len > 0 && (t->data[t->len - 1] == ' ' ||
	    t->data[t->len - 1] == '\t' || t->data[t->len - 1] == '\n'))
		t->len--;
	while (i < t->len && (t->data[i] == ' ' || t->data[i] == '\t' ||
	    t->data[i] == '\n'))
		i++;
	if (t->data != NULL) {
		memmove(t->data, t->data + i, t->len - i);
		t->len -= i;
		t->data[t->len] = '\0';
	}
}

/*
 * Collapses white space but keeps paragraphs: a run of white space with
 * two line breaks or more becomes one blank line ("\n\n"), any other
 * run a space; the ends are trimmed.
 */
static void
paragraphs(struct buf *t)
{
	size_t	 i, n, nl;
	bool	 space = false;

	/*
	 * Text up to the first white space that changes stays in place:
	 * eight bytes at a time while they hold no control character and no
	 * space followed by a space or one.
	 */
	i = 0;
	if (t->len > 0 && t->data[0] != ' ')
		for (; i + 9 <= t->len; i += 8) {
			uint64_t x = swar_load(t->data + i);
			uint64_t y = swar_load(t->data + i + 1);

			if (swar_has_less(x, ' ') || swar_has_less(y, ' ') ||
			    (swar_match(x, ' ') & swar_match(y, ' ')) != 0)
				break;
		}
	for (; i < t->len; i++)
		if (is_white(t->data[i]) && (t->data[i] != ' ' || i == 0 ||
		    i + 1 == t->len || is_white(t->data[i + 1])))
			break;
	for (n = i, nl = 0; i < t->len; i++) {
		char c = t->data[i];

		if (is_white(c)) {
			nl += c == '\n';
			space = n > 0;
			continue;
		}
		if (space) {
			if (nl >= 2)
				t->data[n++] = '\n';
			t->data[n++] = nl >= 2 ? '\n' : ' ';
		}
		space = false;
		nl = 0;
		t->data[n++] = c;
	}
	t->len = n;
	if (t->data != NULL)
		t->data[n] = '\0';
}
