/*
 * The BibTeX writer: one entry per record, in a form that bibtex (with
 * any classic .bst style), biber and pandoc all read without a warning.
 *
 * Entry type.  A record without a venue is a preprint: @misc, with
 * eprint, archiveprefix and primaryclass when its arXiv id is known.
 * Otherwise venue_kind() (venue.c) decides: a preprint server (arXiv,
 * CoRR, bioRxiv, ...) keeps @misc; a conference, workshop or symposium,
 * or a well-known conference acronym (NeurIPS, CVPR, SC, ...), gives
 * @inproceedings; a journal word (Journal, Trans., Letters, ...) or
 * phrase (Proceedings of the IEEE) gives @article; a venue that is still
 * only "Proceedings ..." gives @inproceedings; anything else is taken
 * for a journal, @article.  The
 * venue goes into journal, booktitle or (for @misc) howpublished.  An
 * @article or @inproceedings needs author, title and year (plain.bst
 * warns otherwise), so a record that lacks one of them stays @misc.
 *
 * Fields, always in the order of fields[] below: author (or key when
 * there is no author, so that styles can sort), title, journal |
 * booktitle | howpublished, volume, pages, year, month, eprint,
 * archiveprefix, primaryclass, doi, url, keywords, note, abstract.
 * month is the bare macro (may); pages writes any dash as "--" so that
 * styles see a range; eprint drops an arXiv version suffix;
 * doi and url fall back to the arXiv DOI (10.48550/arXiv.ID) and abstract
 * page when the record has only an arXiv id; keywords is the area;
 * note says "Code available" when the record has code.
 *
 * Names are written "Family, Given" (with "Family, Suffix, Given" for a
 * suffix), split by name_split(), joined by " and ", with "and others"
 * for et al.; a one-word (corporate) name is braced, {LLM-jp}, so that
 * author = {{LLM-jp}} when it stands alone.
 *
 * Text (latex.h): the TeX that titles and abstracts from arXiv already
 * hold is kept (math spans, \commands{...}, \%, braces that pair up);
 * every other & % $ # _ { } ~ ^ \ is escaped, so that braces always
 * balance.  Titles and venues brace-protect each word with a capital
 * after its first letter, acronyms and digit-capital mixes ({LLM},
 * {ViT}, {FP8}, {LLM-jp}, {N-body}) and math spans ({$x$}), never the
 * whole title.  UTF-8 goes out as it is unless wopts.ascii is set: then
 * every character gets a TeX spelling ({\"u}, {\ss}, --, {$\alpha$}),
 * and one that has none (CJK) is written {\char"XXXX}, with one warning
 * per record naming its key.  That fallback is exact (a reader can map
 * it back), biber decodes it and XeLaTeX and LuaLaTeX typeset it; with
 * pdfLaTeX, which cannot set CJK anyway, it is an error rather than a
 * character silently lost.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "area.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "ident.h"
#include "key.h"
#include "latex.h"
#include "name.h"
#include "record.h"
#include "text.h"
#include "venue.h"
#include "xalloc.h"

/* The entry type of each kind of venue and the field that holds it. */
static const struct {
	const char	*name;
	const char	*venue_field;
} bib_types[] = {
	[VENUE_PREPRINT] = { "misc", "howpublished" },
	[VENUE_JOURNAL] = { "article", "journal" },
	[VENUE_PROCEEDINGS] = { "inproceedings", "booktitle" },
};

/* The writer's state. */
struct bwriter {
	FILE		*fp;
	bool		 ascii;
	size_t		 count;		/* entries written */
	struct buf	 entry;		/* the entry being built */
};

/* One entry being built: its record and what was decided about it. */
struct entry {
	struct bwriter		*w;
	const struct record	*r;
	enum venue_kind		 type;
	const char		*key;
	struct ymd		 date;	/* y == 0 when undated */
	size_t			 nauthors; /* names that are not blank */
	struct latex_loss	 loss;
};

/*
 * A field: its name and what appends its value to the buffer, returning
 * false when the record has none; a macro value is written unbraced.
 */
struct bib_field {
	const char	*open;		/* "  name = {", or "  name = " */
	size_t		 openlen;
	bool		(*value)(struct entry *, struct buf *);
	bool		 macro;		/* the value is a macro, not braced */
};

#define FIELD(name, value) \
	{ "  " name " = {", sizeof("  " name " = {") - 1, value, false }
#define MACRO_FIELD(name, value) \
	{ "  " name " = ", sizeof("  " name " = ") - 1, value, true }

static void	*bw_open(FILE *, const struct wopts *);
static int	 bw_put(void *, const struct record *);
static int	 bw_close(void *);

static enum venue_kind entry_type(const struct entry *);
static const char *entry_key(const struct record *, struct buf *);
static void	 put_text(struct entry *, struct buf *, const char *, size_t);
static void	 put_protected(struct entry *, struct buf *, const char *);
static void	 protect_word(struct buf *, const char *, size_t,
		    const struct latex_opts *, struct latex_loss *);
static bool	 needs_protection(const char *, size_t);
static int	 next_cp(const char *, size_t, int32_t *);
static bool	 is_alnum(int32_t);
static bool	 is_upper(int32_t);
static bool	 is_mark(int32_t);
static void	 put_verbatim(struct entry *, struct buf *, const char *,
		    size_t);
static void	 put_name_part(struct entry *, struct buf *, const char *,
		    size_t);
static void	 put_braced(struct entry *, struct buf *, const char *,
		    size_t);
static bool	 is_name_part(const char *, size_t);
static void	 put_name(struct entry *, struct buf *, const char *);
static const char *arxiv_class(const char *, char *, size_t);
static bool	 put_ident(struct entry *, struct buf *,
		    bool (*)(struct buf *, const struct record *));
static void	 put_field(struct entry *, struct buf *,
		    const struct bib_field *);

static bool	 f_author(struct entry *, struct buf *);
static bool	 f_key(struct entry *, struct buf *);
static bool	 f_title(struct entry *, struct buf *);
static bool	 f_journal(struct entry *, struct buf *);
static bool	 f_booktitle(struct entry *, struct buf *);
static bool	 f_howpublished(struct entry *, struct buf *);
static bool	 f_volume(struct entry *, struct buf *);
static bool	 f_pages(struct entry *, struct buf *);
static bool	 f_year(struct entry *, struct buf *);
static bool	 f_month(struct entry *, struct buf *);
static bool	 f_eprint(struct entry *, struct buf *);
static bool	 f_archiveprefix(struct entry *, struct buf *);
static bool	 f_primaryclass(struct entry *, struct buf *);
static bool	 f_doi(struct entry *, struct buf *);
static bool	 f_url(struct entry *, struct buf *);
static bool	 f_keywords(struct entry *, struct buf *);
static bool	 f_note(struct entry *, struct buf *);
static bool	 f_abstract(struct entry *, struct buf *);

const struct writer bibtex_writer = {
	"bibtex", bw_open, bw_put, NULL, NULL, bw_close, 0
};

/* The fields, in the order they are written. */
static const struct bib_field fields[] = {
	FIELD("author", f_author),
	FIELD("key", f_key),
	FIELD("title", f_title),
	FIELD("journal", f_journal),
	FIELD("booktitle", f_booktitle),
	FIELD("howpublished", f_howpublished),
	FIELD("volume", f_volume),
	FIELD("pages", f_pages),
	FIELD("year", f_year),
	MACRO_FIELD("month", f_month),
	FIELD("eprint", f_eprint),
	FIELD("archiveprefix", f_archiveprefix),
	FIELD("primaryclass", f_primaryclass),
	FIELD("doi", f_doi),
	FIELD("url", f_url),
	FIELD("keywords", f_keywords),
	FIELD("note", f_note),
	FIELD("abstract", f_abstract),
};

/* Characters a key may hold besides ASCII letters and digits (biblatex). */
#define KEY_PUNCT	"-_:;.!?/"

static void *
bw_open(FILE *fp, const struct wopts *opts)
{
	struct bwriter	*w;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->ascii = opts != NULL && opts->ascii;
	buf_init(&w->entry);
	return w;
}

static int
bw_close(void *state)
{
	struct bwriter	*w = state;

	if (w == NULL)
		return -1;
	buf_release(&w->entry);
	free(w);
	return 0;
}

/*
 * The entry type: by the venue, but @misc when there is no venue or when
 * author, title or year, which @article and @inproceedings require, is
 * missing.
 */
static enum venue_kind
entry_type(const struct entry *e)
{
	enum venue_kind	 t;

	t = venue_kind(e->r->venue);
	if (t != VENUE_PREPRINT && (e->nauthors == 0 ||
	    text_is_blank(e->r->title) || e->date.y == 0))
		return VENUE_PREPRINT;
	return t;
}

/*
 * The key to write: the record's own, with any character a BibTeX key
 * cannot hold replaced by '-', or when it has none what key_cite()
 * gives.  Either change is reported.  Borrowed from
 * b.
 */
static const char *
entry_key(const struct record *r, struct buf *b)
{
	const char	*p;
	bool		 changed = false;

	buf_reset(b);
	if (text_is_blank(r->key)) {
		key_cite(b, r);
		diag(DIAG_WARN, &r->pos, "record has no key; written as '%s'",
		    buf_str(b));
		return buf_str(b);
	}
	for (p = r->key; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(KEY_PUNCT, *p) != NULL)
			buf_addc(b, *p);
		else {
			/* One '-' for a whole UTF-8 sequence. */
			if (((unsigned char)*p & 0xC0) != 0x80)
				buf_addc(b, '-');
			changed = true;
		}
	}
	if (changed)
		diag(DIAG_WARN, &r->pos,
		    "key '%s' has characters BibTeX keys cannot hold; "
		    "written as '%s'", r->key, buf_str(b));
	return buf_str(b);
}

/* The latex flags of the entry's writer. */
#define FLAGS(e)	((e)->w->ascii ? LATEX_ASCII : 0)

/* Appends text s[0..len), escaped, without case protection. */
static void
put_text(struct entry *e, struct buf *out, const char *s, size_t len)
{
	struct latex_opts	 o;

	memset(&o, 0, sizeof(o));
	o.flags = FLAGS(e);
	latex_put_all(out, s, len, &o, &e->loss);
}

/* Appends a title or venue: escaped, words and math brace-protected. */
static void
put_protected(struct entry *e, struct buf *out, const char *s)
{
	struct latex_opts	 o;

	memset(&o, 0, sizeof(o));
	o.flags = FLAGS(e);
	o.protect_math = true;
	o.word = protect_word;
	latex_put_all(out, s, strlen(s), &o, &e->loss);
}

/*
 * The code point at s (len > 0) in *cp and its length, or -1 for an
 * invalid sequence, as text_next(), which ASCII does not need to call:
 * the words of titles are mostly ASCII.
 */
static int
next_cp(const char *s, size_t len, int32_t *cp)
{
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	return text_next(s, len, cp);
}

/* text_is_alnum(), text_is_upper() and text_is_mark() with ASCII fast. */
static bool
is_alnum(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	return text_is_alnum(cp);
}

static bool
is_upper(int32_t cp)
{
	return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : text_is_upper(cp);
}

static bool
is_mark(int32_t cp)
{
	return cp >= 0x80 && text_is_mark(cp);
}

/*
 * Does a word need braces to keep its case?  The word is cut into parts
 * at '-' and '/'; it does when a part has a capital after its first
 * character (LLM, ViT, 4D, FP8, O(N), LLM-jp) or, in a compound, is one
 * capital letter (N-body, I/O).  A capitalised word (Training,
 * Pre-Training) does not.
 */
static bool
needs_protection(const char *w, size_t len)
{
	size_t	 i, pos = 0, nparts = 1;
	int32_t	 cp;
	int	 step;
	bool	 single = false, first_upper = false;

	for (i = 0; i < len; i += (size_t)step) {
		if ((step = next_cp(w + i, len - i, &cp)) <= 0)
			return false;
		if (cp == '-' || cp == '/') {
			if (pos == 1 && first_upper)
				single = true;
			pos = 0;
			nparts++;
			continue;
		}
		if (is_mark(cp))
			continue;
		if (is_upper(cp)) {
			if (pos > 0)
				return true;
			first_upper = true;
		} else if (pos == 0)
			first_upper = false;
		pos++;
	}
	if (pos == 1 && first_upper)
		single = true;
	return single && nparts > 1;
}

/*
 * Writes a word of a title (latex_opts.word): the part from its first to
 * its last letter or digit (with a closing bracket that belongs to it)
 * in braces when needs_protection() says so, the punctuation around it
 * outside: "(ViT)," -> ({ViT}),.
 */
static void
protect_word(struct buf *out, const char *w, size_t len,
    const struct latex_opts *o, struct latex_loss *loss)
{
	size_t	 i, start = len, end = 0, opens = 0, closes = 0;
	int32_t	 cp;
	int	 step;

	for (i = 0; i < len; i += (size_t)step) {
		if ((step = next_cp(w + i, len - i, &cp)) <= 0)
			step = 1;
		else if (is_alnum(cp) || (is_mark(cp) && start < len)) {
			if (start == len)
				start = i;
			end = i + (size_t)step;
		}
	}
	if (start == len || !needs_protection(w + start, end - start)) {
		latex_put_text(out, w, len, o->flags, loss);
		return;
	}
	for (i = start; i < end; i++) {
		opens += w[i] == '(' || w[i] == '[';
		closes += w[i] == ')' || w[i] == ']';
	}
	while (opens > closes && end < len && (w[end] == ')' ||
	    w[end] == ']')) {
		end++;
		closes++;
	}
	latex_put_text(out, w, start, o->flags, loss);
	buf_addc(out, '{');
	latex_put_text(out, w + start, end - start, o->flags, loss);
	buf_addc(out, '}');
	latex_put_text(out, w + end, len - end, o->flags, loss);
}

/*
 * Appends an identifier (doi, url, eprint) as it is, which is how
 * biblatex and hyperref want it, except that braces, backslashes and
 * white space, and with --ascii anything beyond ASCII, are
 * percent-encoded: an identifier cannot hold them anyway.
 */
static void
put_verbatim(struct entry *e, struct buf *out, const char *s, size_t len)
{
	size_t		 i, j;
	unsigned char	 c;

	for (i = 0; i < len; i = j + 1) {
		for (j = i; j < len; j++) {
			c = (unsigned char)s[j];
			if (c == '{' || c == '}' || c == '\\' || c <= ' ' ||
			    c == 0x7F || (c >= 0x80 && e->w->ascii))
				break;
		}
		buf_add(out, s + i, j - i);
		if (j < len)
			buf_addf(out, "%%%02X", (unsigned char)s[j]);
	}
}

/*
 * Appends part of a name, escaped.  BibTeX reads " and " as the end of a
 * name, so the word "and" (in any case) is braced.
 */
static void
put_name_part(struct entry *e, struct buf *out, const char *s, size_t len)
{
	size_t	 i, j;

	for (i = 0; i < len; i = j) {
		if (s[i] == ' ') {
			buf_addc(out, ' ');
			j = i + 1;
			continue;
		}
		for (j = i; j < len && s[j] != ' '; j++)
			continue;
		if (j - i == 3 && strncasecmp(s + i, "and", 3) == 0) {
			buf_addc(out, '{');
			buf_add(out, s + i, 3);
			buf_addc(out, '}');
			continue;
		}
		put_text(e, out, s + i, j - i);
	}
}

/*
 * Is s[0..len) something to BibTeX, which takes white space, hyphens
 * and ties for the gaps between the words of a name (and --ascii writes
 * dashes as hyphens, a no-break space as a tie)?  A name part with
 * nothing else is empty to it.
 */
static bool
is_name_part(const char *s, size_t len)
{
	size_t	 i;
	int32_t	 cp;
	int	 step;

	for (i = 0; i < len; i += (size_t)step) {
		if ((step = text_next(s + i, len - i, &cp)) <= 0)
			return true;
		if (cp != ' ' && cp != '\t' && cp != '-' && cp != 0xA0 &&
		    (cp < 0x2010 || cp > 0x2015))
			return true;
	}
	return false;
}

/* Appends s[0..len) in braces, which make it one name part to BibTeX. */
static void
put_braced(struct entry *e, struct buf *out, const char *s, size_t len)
{
	buf_addc(out, '{');
	put_name_part(e, out, s, len);
	buf_addc(out, '}');
}

/*
 * Appends one name as "Family, Given" or "Family, Suffix, Given", or in
 * braces: a corporate name, a family name alone, and a name that BibTeX
 * would read with an empty part ("-, Jo") or that has more commas than
 * those forms (biber refuses a third comma even in braces, unless the
 * whole name is braced).
 */
static void
put_name(struct entry *e, struct buf *out, const char *s)
{
	struct name	 n;
	const char	*p, *comma = NULL;
	size_t		 ncommas = 0;

	for (p = s; (p = strchr(p, ',')) != NULL; p++)
		ncommas++;
	name_split(s, &n);
	while (n.given_len > 0 && n.given[n.given_len - 1] == ',') {
		n.given_len--;
		ncommas--;
	}
	if (n.given_len > 0)
		comma = memchr(n.given, ',', n.given_len);
	if (!is_name_part(n.family, n.family_len) || ncommas > 2 ||
	    (comma != NULL && (ncommas != 2 ||
	    !is_name_part(n.given, (size_t)(comma - n.given)) ||
	    !is_name_part(comma + 1,
	    n.given_len - (size_t)(comma + 1 - n.given))))) {
		put_braced(e, out, s, strlen(s));
		return;
	}
	if (n.corporate || !is_name_part(n.given, n.given_len)) {
		put_braced(e, out, n.family, n.family_len);
		return;
	}
	put_name_part(e, out, n.family, n.family_len);
	buf_addstr(out, ", ");
	if (n.suffix != NULL) {
		put_name_part(e, out, n.suffix, n.suffix_len);
		buf_addstr(out, ", ");
	}
	put_name_part(e, out, n.given, n.given_len);
}

/*
 * The arXiv category of an area: the area itself when it names one
 * ("cs.CL", "quant-ph"), else the category that area_name() resolves a
 * bare code to ("CL" -> "cs.CL"), written into full; NULL for an area
 * the taxonomy does not know.
 */
static const char *
arxiv_class(const char *area, char *full, size_t size)
{
	static const char *const archives[] = {
		"cs", "stat", "eess", "math", "physics", "q-bio"
	};
	const char	*name;
	size_t		 i;

	if (text_is_blank(area) || (name = area_name(area)) == NULL)
		return NULL;
	if (strchr(area, '.') != NULL || strchr(area, '-') != NULL)
		return area;
	for (i = 0; i < sizeof(archives) / sizeof(archives[0]); i++) {
		if ((size_t)snprintf(full, size, "%s.%s", archives[i],
		    area) >= size)
			return NULL;
		if (area_name(full) == name)
			return full;
	}
	return NULL;
}

static bool
f_author(struct entry *e, struct buf *v)
{
	size_t	 i, n = 0;

	for (i = 0; i < e->r->authors.n; i++) {
		if (text_is_blank(e->r->authors.v[i]))
			continue;
		if (n++ > 0)
			buf_addstr(v, " and ");
		put_name(e, v, e->r->authors.v[i]);
	}
	if (n > 0 && e->r->et_al)
		buf_addstr(v, " and others");
	return n > 0;
}

/* Without an author, styles sort and label by the key field. */
static bool
f_key(struct entry *e, struct buf *v)
{
	if (e->nauthors > 0)
		return false;
	put_text(e, v, e->key, strlen(e->key));
	return true;
}

static bool
f_title(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->title))
		return false;
	put_protected(e, v, e->r->title);
	return true;
}

/* The venue when the entry type puts it into field. */
static bool
venue_field(struct entry *e, struct buf *v, const char *field)
{
	if (text_is_blank(e->r->venue) ||
	    strcmp(bib_types[e->type].venue_field, field) != 0)
		return false;
	put_protected(e, v, e->r->venue);
	return true;
}

static bool
f_journal(struct entry *e, struct buf *v)
{
	return venue_field(e, v, "journal");
}

static bool
f_booktitle(struct entry *e, struct buf *v)
{
	return venue_field(e, v, "booktitle");
}

static bool
f_howpublished(struct entry *e, struct buf *v)
{
	return venue_field(e, v, "howpublished");
}

static bool
f_volume(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->volume))
		return false;
	put_text(e, v, e->r->volume, strlen(e->r->volume));
	return true;
}

/*
 * Pages, with any Unicode dash written "--": styles find a page range by
 * its hyphens (plain.bst says "page" instead of "pages" for an en dash).
 */
static bool
f_pages(struct entry *e, struct buf *v)
{
	const char	*s = e->r->pages, *run;
	int32_t		 cp;
	int		 step;

	if (text_is_blank(s))
		return false;
	for (run = s; *s != '\0'; s += step) {
		if ((step = text_next(s, strlen(s), &cp)) <= 0)
			step = 1;
		else if (text_is_dash(cp)) {
			put_text(e, v, run, (size_t)(s - run));
			buf_addstr(v, "--");
			run = s + step;
		}
	}
	put_text(e, v, run, (size_t)(s - run));
	return true;
}

static bool
f_year(struct entry *e, struct buf *v)
{
	char		 digits[16];
	size_t		 n = sizeof(digits);
	unsigned	 y;

	if (e->date.y == 0)
		return false;
	/* A year in nearly every entry: printf() costs ten times this. */
	y = e->date.y < 0 ? 0 - (unsigned)e->date.y : (unsigned)e->date.y;
	do
		digits[--n] = (char)('0' + y % 10);
	while ((y /= 10) != 0);
	if (e->date.y < 0)
		digits[--n] = '-';
	buf_add(v, digits + n, sizeof(digits) - n);
	return true;
}

static bool
f_month(struct entry *e, struct buf *v)
{
	if (e->date.y == 0 || e->date.m == 0)
		return false;
	buf_addstr(v, date_month_abbr(e->date.m));
	return true;
}

static bool
f_eprint(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->arxiv))
		return false;
	put_verbatim(e, v, e->r->arxiv, ident_arxiv_len(e->r->arxiv));
	return true;
}

static bool
f_archiveprefix(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->arxiv))
		return false;
	buf_addstr(v, "arXiv");
	return true;
}

static bool
f_primaryclass(struct entry *e, struct buf *v)
{
	const char	*cls;
	char		 full[32];

	if (text_is_blank(e->r->arxiv) ||
	    (cls = arxiv_class(e->r->area, full, sizeof(full))) == NULL)
		return false;
	put_verbatim(e, v, cls, strlen(cls));
	return true;
}

/*
 * Appends the identifier that get() makes of the record (ident_doi(),
 * ident_url()), as put_verbatim() writes it.
 */
static bool
put_ident(struct entry *e, struct buf *v,
    bool (*get)(struct buf *, const struct record *))
{
	struct buf	 id;
	bool		 found;

	buf_init(&id);
	if ((found = get(&id, e->r)))
		put_verbatim(e, v, id.data, id.len);
	buf_release(&id);
	return found;
}

/* The record's DOI, else the DOI arXiv gives every preprint. */
static bool
f_doi(struct entry *e, struct buf *v)
{
	return put_ident(e, v, ident_doi);
}

/* The record's URL, else the arXiv abstract page. */
static bool
f_url(struct entry *e, struct buf *v)
{
	return put_ident(e, v, ident_url);
}

static bool
f_keywords(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->area))
		return false;
	put_text(e, v, e->r->area, strlen(e->r->area));
	return true;
}

static bool
f_note(struct entry *e, struct buf *v)
{
	if (!e->r->code)
		return false;
	buf_addstr(v, "Code available");
	return true;
}

static bool
f_abstract(struct entry *e, struct buf *v)
{
	if (text_is_blank(e->r->abstract))
		return false;
	put_text(e, v, e->r->abstract, strlen(e->r->abstract));
	return true;
}

/*
 * Appends the line of field f when the record has a value for it.  The
 * value is written in place, after the field's name, and the line taken
 * back when there is none: values are long (abstracts) and copying or
 * formatting them again would cost as much as writing them.
 */
static void
put_field(struct entry *e, struct buf *out, const struct bib_field *f)
{
	size_t	 mark = out->len;

	buf_add(out, f->open, f->openlen);
	if (!f->value(e, out)) {
		buf_truncate(out, mark);
		return;
	}
	if (f->macro)
		buf_add(out, ",\n", 2);
	else
		buf_add(out, "},\n", 3);
}

static int
bw_put(void *state, const struct record *r)
{
	struct bwriter	*w = state;
	struct entry	 e;
	struct buf	 key;
	size_t		 i;

	memset(&e, 0, sizeof(e));
	e.w = w;
	e.r = r;
	if (r->date == NULL || !date_parse(r->date, &e.date))
		memset(&e.date, 0, sizeof(e.date));
	for (i = 0; i < r->authors.n; i++)
		if (!text_is_blank(r->authors.v[i]))
			e.nauthors++;
	e.type = entry_type(&e);
	buf_init(&key);
	e.key = entry_key(r, &key);

	buf_reset(&w->entry);
	if (w->count > 0)
		buf_addc(&w->entry, '\n');
	buf_addc(&w->entry, '@');
	buf_addstr(&w->entry, bib_types[e.type].name);
	buf_addc(&w->entry, '{');
	buf_addstr(&w->entry, e.key);
	buf_addstr(&w->entry, ",\n");
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		put_field(&e, &w->entry, &fields[i]);
	buf_addstr(&w->entry, "}\n");
	if (e.loss.n > 0)
		diag(DIAG_WARN, &r->pos, "record '%s': %zu character%s "
		    "without a LaTeX form (U+%04X first) written as "
		    "{\\char\"XXXX}", e.key, e.loss.n,
		    e.loss.n == 1 ? "" : "s", (unsigned)e.loss.first);
	buf_release(&key);
	w->count++;
	if (fwrite(w->entry.data, 1, w->entry.len, w->fp) != w->entry.len)
		return -1;
	return 0;
}
