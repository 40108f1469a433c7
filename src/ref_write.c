/*
 * The reference writer (cite -F text): one formatted reference per
 * record, references separated by a blank line.
 *
 *	R. Yokota and L. A. Barba. A tuned and scalable fast multipole
 *	method as a preeminent algorithm for exascale systems. 2011.
 *	arXiv:1110.2921
 *
 * The style, element by element, each element ending with a full stop
 * (none after one that already ends in ".", "?" or "!", or in the CJK
 * "。", "．", "？" or "！"):
 *  - Authors.  A personal name is written with initials (name_split()
 *    decides which words are given names): "Lorena A. Barba" is
 *    "L. A. Barba", "Jean-Pierre Serre" is "J.-P. Serre", "J.R.R.
 *    Tolkien" is "J. R. R. Tolkien", "Barba, Lorena" is "L. Barba", "Le
 *    Bronnec Florian" is "F. Le Bronnec", a suffix stays last ("M. L.
 *    King Jr.").  An initial is the first character with its combining
 *    marks, in the case written.  A name with any CJK (double-width)
 *    character and a one-word (corporate) name such as "LLM-jp" are
 *    written in full, as given.  One author is written alone, two are
 *    joined with " and ", three or more with ", " and a final ", and ".
 *    A truncated list (et_al) is joined with ", " and ends in " et al."
 *    after one name, ", et al." after several.
 *  - The title as written (case unchanged).
 *  - The year of the date (the year only, as reference lists give it).
 *  - "arXiv:ID" when the arXiv id is known; otherwise the venue, with
 *    ", vol. V" and ", pp. P" (", p. P" for a single page) when known;
 *    otherwise nothing.
 *  - "doi:DOI" when the DOI is known.
 * An arXiv id or DOI stored with its "arXiv:" or "doi:" already, or as a
 * URL, is written as stored.
 * Absent elements are left out.  A reference that ends with an
 * identifier (arXiv id or DOI) has no final full stop, so that the
 * identifier can be copied as it is.
 *
 * Wrapping: with wopts.width 0 each reference is one line.  Otherwise
 * lines are filled up to that many display columns (text_width(): CJK is
 * two columns, combining marks none), with no indentation, so that
 * references paste well into an email or a CV.  Lines break at spaces,
 * and between CJK characters where Japanese and Chinese line breaking
 * allows it (not before closing punctuation such as "。" or "」", not
 * after opening punctuation such as "「").  An author name, "et al.",
 * the volume and pages, and the arXiv id and DOI are never broken; a
 * piece wider than the line goes on a line of its own and sticks out
 * rather than being split.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "format.h"
#include "name.h"
#include "record.h"
#include "text.h"
#include "xalloc.h"

/*
 * Two bytes that never occur in record strings (text_check() refuses C0
 * controls) mark the reference while it is built: GLUE is a space where
 * no line may break, JOIN a place where no line may break and which
 * writes nothing.
 */
#define GLUE		'\x1f'
#define JOIN		'\x1e'

struct rwriter {
	FILE		*fp;
	unsigned	 width;
	bool		 first;		/* nothing written yet */
	struct buf	 ref;		/* the reference being made */
	struct buf	 name;		/* one name being made */
};

static void	*rw_open(FILE *, const struct wopts *);
static int	 rw_put(void *, const struct record *);
static int	 rw_close(void *);
static bool	 has_wide(const char *);
static void	 add_initials(struct buf *, const char *, size_t);
static void	 format_name(struct buf *, const char *);
static void	 add_unbroken(struct buf *, const char *);
static void	 add_id(struct buf *, const char *, const char *);
static void	 add_authors(struct rwriter *, const struct record *);
static void	 end_element(struct buf *);
static bool	 in_set(int32_t, const int32_t *, size_t);
static bool	 can_break(int32_t, int32_t);
static size_t	 piece_end(const char *, size_t, size_t);
static size_t	 piece_width(const char *, size_t);
static void	 put_piece(FILE *, const char *, size_t);
static void	 put_wrapped(struct rwriter *, const char *, size_t);

const struct writer ref_writer = {
	"text", rw_open, rw_put, NULL, NULL, rw_close,
	1u << RF_KEY		/* a reference shows no key */
};

/*
 * Characters a line may not start with (closing punctuation, small kana,
 * iteration and prolonged sound marks) and characters it may not end
 * with (opening punctuation), after JIS X 4051; both sorted.
 */
static const int32_t no_break_before[] = {
	'!', '%', ')', ',', '.', ':', ';', '?', ']', '}',
	0x2019, 0x201D, 0x2026, 0x3001, 0x3002, 0x3005, 0x3009, 0x300B,
	0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301F, 0x3041,
	0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087,
	0x308E, 0x3095, 0x3096, 0x309D, 0x309E, 0x30A1, 0x30A3, 0x30A5,
	0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5,
	0x30F6, 0x30FB, 0x30FC, 0x30FD, 0x30FE, 0xFF01, 0xFF09, 0xFF0C,
	0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D
};

static const int32_t no_break_after[] = {
	'(', '[', '{',
	0x2018, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014,
	0x3016, 0x3018, 0x301D, 0xFF08, 0xFF3B, 0xFF5B
};

static void *
rw_open(FILE *fp, const struct wopts *opts)
{
	struct rwriter	*w;

	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->width = opts->width;
	w->first = true;
	buf_init(&w->ref);
	buf_init(&w->name);
	return w;
}

/* Does s hold a double-width (CJK) character? */
static bool
has_wide(const char *s)
{
	size_t	 i, len;
	int32_t	 cp;
	int	 n;

	len = strlen(s);
	for (i = 0; i < len; i += (size_t)n) {
		if ((n = text_next(s + i, len - i, &cp)) < 0) {
			n = 1;
			continue;
		}
		if (text_cpwidth(cp) == 2)
			return true;
	}
	return false;
}

/*
 * Appends the initials of the given names s[0..len): the first character
 * (with its combining marks) of each part, followed by a full stop.
 * Words are separated by spaces or full stops ("J.R.R."), which become
 * one space; parts of a word by hyphens, which are kept ("J.-P.").
 */
static void
add_initials(struct buf *b, const char *s, size_t len)
{
	size_t	 i, start = b->len;
	char	 sep = '\0';
	bool	 at_part = true;
	int32_t	 cp;
	int	 n;

	for (i = 0; i < len; ) {
		if (s[i] == ' ' || s[i] == '.' || s[i] == '-') {
			if (b->len > start && sep != '-')
				sep = s[i] == '-' ? '-' : ' ';
			at_part = true;
			i++;
			continue;
		}
		if ((n = text_next(s + i, len - i, &cp)) < 0)
			n = 1;
		if (!at_part) {
			i += (size_t)n;
			continue;
		}
		if (sep != '\0')
			buf_addc(b, sep);
		sep = '\0';
		buf_add(b, s + i, (size_t)n);
		/* Combining marks belong to the letter before them. */
		for (i += (size_t)n; i < len; i += (size_t)n) {
			if ((n = text_next(s + i, len - i, &cp)) < 0 ||
			    text_cpwidth(cp) != 0 || cp < 0x300)
				break;
			buf_add(b, s + i, (size_t)n);
		}
		buf_addc(b, '.');
		at_part = false;
	}
}

/* Appends the author s as the reference style writes it. */
static void
format_name(struct buf *b, const char *s)
{
	struct name	 n;

	if (has_wide(s)) {
		buf_addstr(b, s);
		return;
	}
	name_split(s, &n);
	if (n.corporate) {
		buf_addstr(b, s);
		return;
	}
	if (n.given_len > 0) {
		add_initials(b, n.given, n.given_len);
		buf_addc(b, ' ');
	}
	buf_add(b, n.family, n.family_len);
	if (n.suffix != NULL) {
		buf_addc(b, ' ');
		buf_add(b, n.suffix, n.suffix_len);
	}
}

/*
 * Appends s so that no line breaks inside it: spaces become GLUE and a
 * JOIN goes between any two other characters.
 */
static void
add_unbroken(struct buf *b, const char *s)
{
	size_t	 i, len;
	int32_t	 cp;
	int	 n;

	len = strlen(s);
	for (i = 0; i < len; i += (size_t)n) {
		if ((n = text_next(s + i, len - i, &cp)) < 0)
			n = 1;
		if (i > 0)
			buf_addc(b, JOIN);
		if (s[i] == ' ')
			buf_addc(b, GLUE);
		else
			buf_add(b, s + i, (size_t)n);
	}
}

/*
 * Appends the identifier id after its scheme ("doi:"), unbroken; an id
 * that already has the scheme, in any case, or that is a URL is written
 * as it is.
 */
static void
add_id(struct buf *b, const char *scheme, const char *id)
{
	if (strncasecmp(id, scheme, strlen(scheme)) != 0 &&
	    strstr(id, "://") == NULL) {
		add_unbroken(b, scheme);
		buf_addc(b, JOIN);
	}
	add_unbroken(b, id);
}

/* Appends the author list, with "and" or "et al." as the style says. */
static void
add_authors(struct rwriter *w, const struct record *r)
{
	size_t	 i, n = r->authors.n;

	for (i = 0; i < n; i++) {
		if (i > 0 && (r->et_al || n > 2))
			buf_addstr(&w->ref, ", ");
		if (i > 0 && !r->et_al && n == 2)
			buf_addstr(&w->ref, " and ");
		else if (i > 0 && !r->et_al && i == n - 1)
			buf_addstr(&w->ref, "and ");
		buf_reset(&w->name);
		format_name(&w->name, r->authors.v[i]);
		add_unbroken(&w->ref, buf_str(&w->name));
	}
	if (r->et_al) {
		if (n > 1)
			buf_addc(&w->ref, ',');
		if (n > 0)
			buf_addc(&w->ref, ' ');
		add_unbroken(&w->ref, "et al.");
	}
}

/*
 * Ends the element made so far, if any, with a full stop (unless it
 * already ends in one, or in "?" or "!", ASCII or CJK) and a space
 * before the next.
 */
static void
end_element(struct buf *b)
{
	static const char *const stops[] = {
		".", "?", "!", "\xE3\x80\x82", "\xEF\xBC\x8E",
		"\xEF\xBC\x9F", "\xEF\xBC\x81"
	};
	size_t	 i, n;

	if (b->len == 0)
		return;
	for (i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
		n = strlen(stops[i]);
		if (b->len >= n &&
		    memcmp(b->data + b->len - n, stops[i], n) == 0)
			break;
	}
	if (i == sizeof(stops) / sizeof(stops[0]))
		buf_addc(b, '.');
	buf_addc(b, ' ');
}

/* Writes one reference, elements as the style at the top says. */
static int
rw_put(void *state, const struct record *r)
{
	struct rwriter	*w = state;
	struct buf	*b = &w->ref;
	bool		 ends_with_id = false;
	int		 year;

	buf_reset(b);
	add_authors(w, r);
	end_element(b);
	buf_addstr(b, r->title != NULL ? r->title : "(untitled)");
	if ((year = record_year(r)) != 0) {
		end_element(b);
		buf_addf(b, "%d", year);
	}
	if (r->arxiv != NULL) {
		end_element(b);
		add_id(b, "arXiv:", r->arxiv);
		ends_with_id = true;
	} else if (r->venue != NULL) {
		end_element(b);
		buf_addstr(b, r->venue);
		if (r->volume != NULL) {
			buf_addstr(b, ", vol.");
			buf_addc(b, GLUE);
			add_unbroken(b, r->volume);
		}
		if (r->pages != NULL) {
			buf_addstr(b, strpbrk(r->pages, "-,") != NULL ||
			    strstr(r->pages, "\xE2\x80\x93") != NULL ?
			    ", pp." : ", p.");
			buf_addc(b, GLUE);
			add_unbroken(b, r->pages);
		}
	}
	if (r->doi != NULL) {
		end_element(b);
		add_id(b, "doi:", r->doi);
		ends_with_id = true;
	}
	if (!ends_with_id) {
		end_element(b);
		buf_truncate(b, b->len - 1);	/* the space after the stop */
	}
	if (!w->first)
		putc('\n', w->fp);
	w->first = false;
	put_wrapped(w, b->data, b->len);
	return ferror(w->fp) ? -1 : 0;
}

static bool
in_set(int32_t cp, const int32_t *set, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (set[i] == cp)
			return true;
	return false;
}

/*
 * May a line break between the characters a and b, with no space
 * between them?  Only next to a double-width character, and not where
 * the punctuation rules forbid it.
 */
static bool
can_break(int32_t a, int32_t b)
{
	if (a == GLUE || b == GLUE || text_cpwidth(b) == 0)
		return false;
	if (text_cpwidth(a) != 2 && text_cpwidth(b) != 2)
		return false;
	return !in_set(b, no_break_before, sizeof(no_break_before) /
	    sizeof(no_break_before[0])) &&
	    !in_set(a, no_break_after, sizeof(no_break_after) /
	    sizeof(no_break_after[0]));
}

/*
 * The end of the piece of s[0..len) that starts at i (not a space): the
 * next space, or the next place where a line may break between two
 * characters.  JOIN bytes forbid a break; combining marks stay with
 * their base character.
 */
static size_t
piece_end(const char *s, size_t len, size_t i)
{
	int32_t	 prev = -1, cp;
	bool	 joined = false;
	int	 n;

	for (; i < len && s[i] != ' '; i += (size_t)n) {
		if (s[i] == JOIN) {
			joined = true;
			n = 1;
			continue;
		}
		if ((n = text_next(s + i, len - i, &cp)) < 0) {
			n = 1;
			cp = 0xFFFD;
		}
		if (prev >= 0 && !joined && can_break(prev, cp))
			return i;
		joined = false;
		if (prev < 0 || text_cpwidth(cp) != 0 || cp == GLUE)
			prev = cp;
	}
	return i;
}

/* The display width of a piece, GLUE counting as a space. */
static size_t
piece_width(const char *s, size_t len)
{
	size_t	 i, glue = 0;

	for (i = 0; i < len; i++)
		if (s[i] == GLUE)
			glue++;
	return text_width(s, len) + glue;
}

/* Writes a piece with GLUE as a space and JOIN left out. */
static void
put_piece(FILE *fp, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] == GLUE)
			putc(' ', fp);
		else if (s[i] != JOIN)
			putc(s[i], fp);
}

/*
 * Writes the reference s[0..len) filled into lines of at most the
 * writer's width (one line when it is 0), then a newline.
 */
static void
put_wrapped(struct rwriter *w, const char *s, size_t len)
{
	size_t	 i = 0, end, pw, col = 0;
	bool	 space = false;

	while (i < len) {
		if (s[i] == ' ') {
			space = true;
			i++;
			continue;
		}
		end = piece_end(s, len, i);
		pw = piece_width(s + i, end - i);
		if (w->width > 0 && col > 0 &&
		    col + (space ? 1 : 0) + pw > w->width) {
			putc('\n', w->fp);
			col = 0;
		} else if (space) {
			putc(' ', w->fp);
			col++;
		}
		put_piece(w->fp, s + i, end - i);
		col += pw;
		space = false;
		i = end;
	}
	putc('\n', w->fp);
}

static int
rw_close(void *state)
{
	struct rwriter	*w = state;
	int		 rc;

	if (w == NULL)
		return -1;
	rc = ferror(w->fp) ? -1 : 0;
	buf_release(&w->ref);
	buf_release(&w->name);
	free(w);
	return rc;
}
