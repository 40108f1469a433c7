/*
 * The pubtool YAML writer (pubtool-records(5)): one document per record,
 * every string double-quoted so that no YAML 1.1 or 1.2 reader retypes
 * "no", "1010.1010" or "2024-05-27", numbers and booleans plain, no
 * anchors, no tags, no line folding.
 *
 * The format is so fixed that the writer produces it directly instead of
 * through libyaml's emitter, which cost more than parsing the input: a
 * document is built in a buffer and written with one fwrite(), as the
 * emitter flushed once per document.  The output is what the emitter
 * wrote with unicode on and no line width: the same escapes, the same
 * layout.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "buf.h"
#include "format.h"
#include "record.h"
#include "xalloc.h"

struct ywriter {
	FILE		*fp;
	struct buf	 doc;		/* the document being built */
	bool		 failed;
};

static void	*yw_open(FILE *, const struct wopts *);
static int	 yw_put(void *, const struct record *);
static int	 yw_profile(void *, const struct profile *);
static int	 yw_close(void *);

const struct writer yaml_writer = {
	"yaml", yw_open, yw_put, NULL, yw_profile, yw_close, 0
};

/*
 * The bytes that end a run copied as it is inside double quotes: NUL (the
 * end), ASCII that is escaped, and the lead bytes of sequences that are
 * escaped or may be (U+0080 to U+00BF, U+2000 to U+2FFF for the line and
 * paragraph separators, U+D000 to U+DFFF, U+F000 to U+FFFF, everything
 * beyond the BMP) and bytes that lead nothing.  Continuation bytes are
 * copied with the lead byte before them.
 */
static const unsigned char stops[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1,
	[0x05] = 1, [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1,
	[0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1,
	[0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1,
	[0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1,
	[0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
	[0x1E] = 1, [0x1F] = 1, ['"'] = 1, ['\\'] = 1, [0x7F] = 1,
	[0xC0] = 1, [0xC1] = 1, [0xC2] = 1, [0xE2] = 1, [0xED] = 1,
	[0xEF] = 1, [0xF0] = 1, [0xF1] = 1, [0xF2] = 1, [0xF3] = 1,
	[0xF4] = 1, [0xF5] = 1, [0xF6] = 1, [0xF7] = 1, [0xF8] = 1,
	[0xF9] = 1, [0xFA] = 1, [0xFB] = 1, [0xFC] = 1, [0xFD] = 1,
	[0xFE] = 1, [0xFF] = 1
};

/*
 * The length of the UTF-8 sequence at s, and its code point in *cp; 1
 * with the byte itself when s holds no whole sequence (record strings
 * are valid UTF-8, so that is only a guard against reading past the
 * NUL).
 */
static size_t
decode(const unsigned char *s, unsigned *cp)
{
	size_t	 len, i;

	len = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
	*cp = len == 1 ? s[0] : s[0] & (0x7F >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = s[0];
			return 1;
		}
		*cp = *cp << 6 | (s[i] & 0x3F);
	}
	return len;
}

/*
 * May the code point go out unescaped?  YAML's printable characters,
 * less the byte order mark, the line breaks (LF, NEL, U+2028, U+2029)
 * and the quote and backslash; libyaml escapes everything beyond the BMP
 * too.
 */
static bool
is_verbatim(unsigned cp)
{
	if (cp < 0x80)
		return cp >= 0x20 && cp != 0x7F && cp != '"' && cp != '\\';
	return (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 &&
	    cp != 0x2029) || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
}

/* The letter of cp's short escape (\n, \N, \L), or NUL when it has none. */
static char
short_escape(unsigned cp)
{
	switch (cp) {
	case 0x00:	return '0';
	case 0x07:	return 'a';
	case 0x08:	return 'b';
	case 0x09:	return 't';
	case 0x0A:	return 'n';
	case 0x0B:	return 'v';
	case 0x0C:	return 'f';
	case 0x0D:	return 'r';
	case 0x1B:	return 'e';
	case '"':	return '"';
	case '\\':	return '\\';
	case 0x85:	return 'N';
	case 0x2028:	return 'L';
	case 0x2029:	return 'P';
	default:	return '\0';
	}
}

/* Appends the escape of cp: \n, \N, \x01, \uFEFF, \U0001F600. */
static void
add_escape(struct buf *b, unsigned cp)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			 c;
	int			 digits;

	buf_addc(b, '\\');
	if ((c = short_escape(cp)) != '\0') {
		buf_addc(b, c);
		return;
	}
	digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
	buf_addc(b, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
	while (digits-- > 0)
		buf_addc(b, hex[(cp >> (4 * digits)) & 0xF]);
}

/* Appends s double-quoted, with YAML escapes. */
static void
add_quoted(struct buf *b, const char *str)
{
	const unsigned char	*s = (const unsigned char *)str, *run;
	unsigned		 cp;
	size_t			 len;

	buf_addc(b, '"');
	for (;;) {
		for (run = s; !stops[*s]; s++)
			;
		buf_add(b, run, (size_t)(s - run));
		if (*s == '\0')
			break;
		len = decode(s, &cp);
		if (is_verbatim(cp))
			buf_add(b, s, len);
		else
			add_escape(b, cp);
		s += len;
	}
	buf_addc(b, '"');
}

/* Appends "k: " at the start of a line. */
static void
add_key(struct buf *b, const char *k)
{
	buf_addstr(b, k);
	buf_add(b, ": ", 2);
}

/* A string field; nothing when absent. */
static void
string(struct buf *b, const char *k, const char *v)
{
	if (v == NULL)
		return;
	add_key(b, k);
	add_quoted(b, v);
	buf_addc(b, '\n');
}

/*
 * A plain value: true, or a number, which readers check is digits with
 * at most one point, so that it never needs quoting.
 */
static void
plain(struct buf *b, const char *k, const char *v)
{
	add_key(b, k);
	buf_addstr(b, v);
	buf_addc(b, '\n');
}

/* A block sequence of strings, not indented; nothing when empty. */
static void
list(struct buf *b, const char *k, const struct strlist *l)
{
	size_t	 i;

	if (l->n == 0)
		return;
	buf_addstr(b, k);
	buf_add(b, ":\n", 2);
	for (i = 0; i < l->n; i++) {
		buf_add(b, "- ", 2);
		add_quoted(b, l->v[i]);
		buf_addc(b, '\n');
	}
}

/* Writes the document built and empties the buffer for the next. */
static int
flush(struct ywriter *w)
{
	if (!w->failed &&
	    fwrite(w->doc.data, 1, w->doc.len, w->fp) != w->doc.len)
		w->failed = true;
	buf_reset(&w->doc);
	return w->failed ? -1 : 0;
}

static void *
yw_open(FILE *fp, const struct wopts *opts)
{
	struct ywriter	*w;

	(void)opts;
	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	buf_init(&w->doc);
	return w;
}

static int
yw_put(void *state, const struct record *r)
{
	struct ywriter	*w = state;
	struct buf	*b = &w->doc;

	if (w->failed)
		return -1;
	buf_add(b, "---\n", 4);
	string(b, "key", r->key);
	string(b, "title", r->title);
	list(b, "authors", &r->authors);
	if (r->et_al)
		plain(b, "et_al", "true");
	list(b, "orgs", &r->orgs);
	string(b, "area", r->area);
	string(b, "date", r->date);
	if (r->code)
		plain(b, "code", "true");
	if (r->score != NULL)
		plain(b, "score", r->score);
	string(b, "abstract", r->abstract);
	string(b, "arxiv", r->arxiv);
	string(b, "doi", r->doi);
	string(b, "venue", r->venue);
	string(b, "url", r->url);
	string(b, "pages", r->pages);
	string(b, "volume", r->volume);
	list(b, "sources", &r->sources);
	return flush(w);
}

/* Writes one figure, indented under profile:, when the profile gave it. */
static void
figure(struct buf *b, const char *k, long v)
{
	if (v >= 0)
		buf_addf(b, "  %s: %ld\n", k, v);
}

/* Did the profile give any figure? */
static bool
has_figures(const struct profile *p)
{
	return p->h_index >= 0 || p->papers >= 0 || p->citations >= 0 ||
	    p->novelty >= 0 || p->ai_score >= 0 || p->listed >= 0;
}

static int
yw_profile(void *state, const struct profile *p)
{
	struct ywriter	*w = state;
	struct buf	*b = &w->doc;

	if (w->failed)
		return -1;
	/* libyaml wrote an empty block mapping in flow style. */
	if (!has_figures(p)) {
		buf_addstr(b, "---\nprofile: {}\n");
		return flush(w);
	}
	buf_addstr(b, "---\nprofile:\n");
	figure(b, "h_index", p->h_index);
	figure(b, "papers", p->papers);
	figure(b, "citations", p->citations);
	figure(b, "novelty", p->novelty);
	figure(b, "ai_score", p->ai_score);
	figure(b, "listed", p->listed);
	return flush(w);
}

static int
yw_close(void *state)
{
	struct ywriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = w->failed ? -1 : 0;
	buf_release(&w->doc);
	free(w);
	return rc;
}

const char *
yaml_lib_version(void)
{
	return yaml_get_version_string();
}
