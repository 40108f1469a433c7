#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "arena.h"
#include "buf.h"
#include "swar.h"
#include "text.h"

/*
 * Letters that NFKD does not decompose but that have a conventional ASCII
 * spelling in names and titles.
 */
static const struct {
	int32_t		 cp;
	const char	*ascii;
} ascii_extra[] = {
	{ 0x00C6, "ae" }, { 0x00D0, "d" },  { 0x00D8, "o" },  { 0x00DE, "th" },
	{ 0x00DF, "ss" }, { 0x00E6, "ae" }, { 0x00F0, "d" },  { 0x00F8, "o" },
	{ 0x00FE, "th" }, { 0x0110, "d" },  { 0x0111, "d" },  { 0x0131, "i" },
	{ 0x0141, "l" },  { 0x0142, "l" },  { 0x0152, "oe" }, { 0x0153, "oe" },
	{ 0x0126, "h" },  { 0x0127, "h" },  { 0x0166, "t" },  { 0x0167, "t" },
};

/*
 * Word-at-a-time tests, eight bytes at once, for the long runs of ASCII
 * that most text is made of.  Each test sets the high bit of the bytes
 * it finds in a word.
 */
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* The eight bytes at s as one word, in memory order whatever it is. */
static uint64_t
load8(const char *s)
{
	uint64_t	 x;

	memcpy(&x, s, sizeof(x));
	return x;
}

#ifndef __SSE2__
/*
 * The high bit set in each byte of printable ASCII x that is a space:
 * in printable ASCII, only a space is below 0x21.
 */
static uint64_t
spaces(uint64_t x)
{
	return ~(x + ONES * (0x80 - 0x21)) & HIGHS;
}

/*
 * Are the sixteen bytes at s printable ASCII and, with single_spaces,
 * free of two spaces in a row, counting the byte after them (s[16] when
 * more is set)?
 */
static bool
is_plain16(const char *s, bool single_spaces, bool more)
{
	uint64_t	 x = load8(s), y = load8(s + 8), sx, sy;

	if ((swar_unprintable(x) | swar_unprintable(y)) != 0)
		return false;
	if (!single_spaces)
		return true;
	sx = spaces(x);
	sy = spaces(y);
	/* Pairs inside each word, then across the ends of the words. */
	return ((sx & (sx << 8)) | (sy & (sy << 8))) == 0 &&
	    !(s[7] == ' ' && s[8] == ' ') &&
	    !(s[15] == ' ' && more && s[16] == ' ');
}
#endif

/*
 * The length of the run of printable ASCII that s[0..len) starts with,
 * in blocks of sixteen bytes; with single_spaces, the run also ends
 * before two spaces in a row.  The caller looks at what follows one
 * character at a time.
 */
static size_t
plain_run(const char *s, size_t len, bool single_spaces)
{
	size_t		 i;
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 sp;

	for (i = 0; len - i >= 16; i += 16) {
		v = sse_load(s + i);
		if (sse_unprintable(v) != 0)
			break;
		if (!single_spaces)
			continue;
		/* A space before a space, here or as the next block begins. */
		sp = sse_match(v, ' ');
		if ((sp & sp >> 1) != 0 ||
		    ((sp & 0x8000) != 0 && len - i > 16 && s[i + 16] == ' '))
			break;
	}
#else
	for (i = 0; len - i >= 16; i += 16)
		if (!is_plain16(s + i, single_spaces, len - i > 16))
			break;
#endif
	return i;
}

/*
 * Decodes the sequence at s (len > 0, s[0] not ASCII) strictly, as
 * RFC 3629 says: no overlong forms, no surrogates, nothing past
 * U+10FFFF; the second byte's range rules out the first two and the last.
 * This is what utf8proc_iterate() accepts, without a call per code point.
 * Returns the number of bytes, or -1.
 */
static int
decode(const unsigned char *s, size_t len, int32_t *cp)
{
	unsigned	 lo = 0x80, hi = 0xBF;
	size_t		 n, k;
	int32_t		 v;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		lo = s[0] == 0xE0 ? 0xA0 : lo;
		hi = s[0] == 0xED ? 0x9F : hi;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		lo = s[0] == 0xF0 ? 0x90 : lo;
		hi = s[0] == 0xF4 ? 0x8F : hi;
	} else
		return -1;
	if (len < n || s[1] < lo || s[1] > hi)
		return -1;
	v = s[0] & (0x7F >> n);
	for (k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return -1;
		v = v << 6 | (s[k] & 0x3F);
	}
	*cp = v;
	return (int)n;
}

/*
 * Checks the character at s (len > 0) and stores its length in *n (1 for
 * a byte that is no character at all).
 */
static enum text_fault
check_char(const char *s, size_t len, size_t *n)
{
	unsigned char	 c = (unsigned char)s[0];
	int32_t		 cp;
	int		 got;

	*n = 1;
	if (c == '\0')
		return TEXT_NUL;
	if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
		return TEXT_CONTROL;
	if (c < 0x80)
		return TEXT_OK;
	if ((got = decode((const unsigned char *)s, len, &cp)) < 0)
		return TEXT_BAD_UTF8;
	*n = (size_t)got;
	/* C1 controls (NEL aside) and U+FFFE/U+FFFF are no text. */
	if ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) ||
	    cp == 0xFFFE || cp == 0xFFFF)
		return TEXT_CONTROL;
	return TEXT_OK;
}

enum text_fault
text_check(const char *s, size_t len, size_t *off)
{
	enum text_fault	 f;
	size_t		 i, end, n;

	for (i = 0; i < len; ) {
		i += plain_run(s + i, len - i, false);
		/* Something in the next sixteen bytes: one at a time. */
		for (end = i + 16; i < end && i < len; i += n)
			if ((f = check_char(s + i, len - i, &n)) != TEXT_OK) {
				*off = i;
				return f;
			}
	}
	return TEXT_OK;
}

void
text_describe(struct buf *out, enum text_fault f, const char *at, size_t len)
{
	utf8proc_int32_t	 cp;

	switch (f) {
	case TEXT_BAD_UTF8:
		buf_addf(out, "invalid UTF-8 (byte 0x%02X)", (unsigned char)*at);
		break;
	case TEXT_NUL:
		buf_addstr(out, "NUL byte");
		break;
	case TEXT_CONTROL:
		if ((unsigned char)*at < 0x80)
			buf_addf(out, "control character (byte 0x%02X)",
			    (unsigned char)*at);
		else if (utf8proc_iterate((const utf8proc_uint8_t *)at,
		    (utf8proc_ssize_t)len, &cp) > 0)
			buf_addf(out, "control character (U+%04X)",
			    (unsigned)cp);
		break;
	case TEXT_OK:
		break;
	}
}

bool
text_is_ascii(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; len - i >= 8; i += 8)
		if ((load8(s + i) & HIGHS) != 0)
			return false;
	for (; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

bool
text_is_dash(int32_t cp)
{
	return (cp >= 0x2010 && cp <= 0x2014) || cp == 0x2212;
}

bool
text_is_blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

int
text_next(const char *s, size_t len, int32_t *cp)
{
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	return decode((const unsigned char *)s, len, cp);
}

unsigned long
text_col(const char *s, size_t off)
{
	unsigned long	 col = 1;
	size_t		 i;

	for (i = 0; i < off; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			col++;
	return col;
}

int
text_cpwidth(int32_t cp)
{
	return utf8proc_charwidth(cp);
}

size_t
text_width(const char *s, size_t len)
{
	size_t	 i, width = 0;
	int32_t	 cp;
	int	 n;

	for (i = 0; i < len; i += (size_t)n) {
		if ((n = text_next(s + i, len - i, &cp)) < 0) {
			n = 1;
			width++;
			continue;
		}
		width += (size_t)utf8proc_charwidth(cp);
	}
	return width;
}

/* Is c white space as collapse_space() sees it? */
static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Collapses white-space runs of s[0..len) into out, trimming both ends. */
static size_t
collapse_space(char *out, const char *s, size_t len)
{
	size_t	 i, n = 0;
	bool	 space = false;

	for (i = 0; i < len; i++) {
		if (is_space(s[i])) {
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = false;
		out[n++] = s[i];
	}
	return n;
}

/*
 * Is code point cp one that NFC leaves alone wherever it stands: a
 * starter (combining class 0) that composes with nothing before it and
 * is its own NFC?  That is Unicode's NFC_Quick_Check=Yes with class 0,
 * and a string of such code points is in NFC.  The answers for the BMP
 * are worked out once each, on first sight.
 */
static bool
nfc_stable(int32_t cp)
{
	/*
	 * Atomic, as both threads of a pipeline (pipeline.h) may fill it:
	 * the answer is stored before it is marked known.
	 */
	static atomic_uchar	 known[0x10000 / 8], stable[0x10000 / 8];
	const utf8proc_property_t *p;
	utf8proc_int32_t	 out[4];
	utf8proc_ssize_t	 n;
	int			 lastbound = 0;
	bool			 yes;
	unsigned char		 bit = (unsigned char)(1 << (cp & 7));

	if (cp < 0x10000 && (atomic_load_explicit(&known[cp >> 3],
	    memory_order_acquire) & bit))
		return (atomic_load_explicit(&stable[cp >> 3],
		    memory_order_relaxed) & bit) != 0;
	p = utf8proc_get_property(cp);
	/* A second of a composition pair: utf8proc marks it 0x8000. */
	yes = p->combining_class == 0 &&
	    (p->comb_index == UINT16_MAX || p->comb_index < 0x8000) &&
	    !(cp >= 0x1161 && cp <= 0x1175) && !(cp >= 0x11A8 && cp <= 0x11C2);
	if (yes) {
		n = utf8proc_decompose_char(cp, out, 4,
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE,
		    &lastbound);
		if (n > 0 && n <= 4)
			n = utf8proc_normalize_utf32(out, n,
			    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		yes = n == 1 && out[0] == cp;
	}
	if (cp < 0x10000) {
		if (yes)
			atomic_fetch_or_explicit(&stable[cp >> 3], bit,
			    memory_order_relaxed);
		atomic_fetch_or_explicit(&known[cp >> 3], bit,
		    memory_order_release);
	}
	return yes;
}

/*
 * Is the character at s + i (i < len) one that text_is_final() lets pass?
 * Stores its length in *n.
 */
static bool
is_final_char(const char *s, size_t len, size_t i, bool collapse, size_t *n)
{
	unsigned char	 c = (unsigned char)s[i];
	int32_t		 cp;
	int		 got;

	*n = 1;
	/*
	 * collapse_space() keeps a single space and nothing else white;
	 * a space looks ahead, as plain_run() does.
	 */
	if (c < 0x80)
		return !collapse || !is_space((char)c) ||
		    (c == ' ' && (i + 1 == len || s[i + 1] != ' '));
	if ((got = text_next(s + i, len - i, &cp)) < 0)
		return false;
	*n = (size_t)got;
	return nfc_stable(cp);
}

bool
text_is_final(const char *s, size_t len, bool collapse)
{
	size_t	 i, end, n;

	if (collapse && len > 0 && (is_space(s[0]) || is_space(s[len - 1])))
		return false;
	for (i = 0; i < len; ) {
		i += plain_run(s + i, len - i, collapse);
		for (end = i + 16; i < end && i < len; i += n)
			if (!is_final_char(s, len, i, collapse, &n))
				return false;
	}
	return true;
}

char *
text_nfc(struct arena *a, const char *s, size_t len, bool collapse)
{
	utf8proc_uint8_t	*mapped = NULL;
	utf8proc_ssize_t	 n;
	char			*p;
	size_t			 plen;

	/* Most text is in NFC and spaced once already: a copy does. */
	if (text_is_final(s, len, collapse))
		return arena_strndup(a, s, len);
	/* Not final without collapsing means not in NFC. */
	if (!collapse || !text_is_final(s, len, false)) {
		n = utf8proc_map((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)len, &mapped,
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (n >= 0) {
			s = (const char *)mapped;
			len = (size_t)n;
		}
	}
	p = arena_alloc(a, len + 1);
	if (collapse)
		plen = collapse_space(p, s, len);
	else {
		memcpy(p, s, len);
		plen = len;
	}
	p[plen] = '\0';
	free(mapped);
	return p;
}

/* Should a character of this category count towards a title's identity? */
static bool
is_identity_char(utf8proc_category_t cat)
{
	switch (cat) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		return true;
	default:
		return false;
	}
}

/*
 * Maps s with the given utf8proc options and appends to out the code
 * points that keep() accepts (all of them when keep is NULL).
 */
static void
map_filter(struct buf *out, const char *s, size_t len, int opts,
    bool (*keep)(utf8proc_category_t))
{
	utf8proc_uint8_t	*mapped = NULL;
	utf8proc_ssize_t	 n, i, step;
	utf8proc_int32_t	 cp;

	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &mapped, (utf8proc_option_t)opts);
	if (n < 0)
		return;
	for (i = 0; i < n; i += step) {
		step = utf8proc_iterate(mapped + i, n - i, &cp);
		if (step <= 0)
			break;
		if (keep == NULL || keep(utf8proc_category(cp)))
			buf_add(out, mapped + i, (size_t)step);
	}
	free(mapped);
}

void
text_identity(struct buf *out, const char *s)
{
	map_filter(out, s, strlen(s), UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, is_identity_char);
}

void
text_fold(struct buf *out, const char *s)
{
	map_filter(out, s, strlen(s), UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_CASEFOLD, NULL);
}

/*
 * text_ascii_fold() of ASCII s[0..len): for ASCII, decomposing and
 * stripping marks change nothing and case folding is tolower(), so
 * utf8proc_map() is not needed.
 */
static void
ascii_fold_ascii(struct buf *out, const char *s, size_t len)
{
	size_t	 i;

	buf_grow(out, len);
	for (i = 0; i < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			out->data[out->len++] = (char)(s[i] - 'A' + 'a');
		else if ((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9'))
			out->data[out->len++] = s[i];
	out->data[out->len] = '\0';
}

void
text_ascii_fold(struct buf *out, const char *s, size_t len)
{
	utf8proc_uint8_t	*mapped = NULL;
	utf8proc_ssize_t	 n, i, step;
	utf8proc_int32_t	 cp;
	size_t			 k;

	if (text_is_ascii(s, len)) {
		ascii_fold_ascii(out, s, len);
		return;
	}
	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &mapped, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
	    UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	if (n < 0)
		return;
	for (i = 0; i < n; i += step) {
		step = utf8proc_iterate(mapped + i, n - i, &cp);
		if (step <= 0)
			break;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			buf_addc(out, (char)cp);
			continue;
		}
		for (k = 0; k < sizeof(ascii_extra) / sizeof(ascii_extra[0]);
		    k++)
			if (ascii_extra[k].cp == cp)
				buf_addstr(out, ascii_extra[k].ascii);
	}
	free(mapped);
}

bool
text_is_upper(int32_t cp)
{
	utf8proc_category_t	 cat;

	if (!utf8proc_codepoint_valid(cp))
		return false;
	cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool
text_is_alnum(int32_t cp)
{
	if (!utf8proc_codepoint_valid(cp))
		return false;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

bool
text_is_mark(int32_t cp)
{
	if (!utf8proc_codepoint_valid(cp))
		return false;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return true;
	default:
		return false;
	}
}

/*
 * One code point decomposes into at most 18 (utf8proc's longest
 * compatibility mapping, U+FDFA); the buffer leaves room to spare.
 */
#define DECOMPOSE_MAX	32

size_t
text_decompose(int32_t cp, bool compat, int32_t *out, size_t max)
{
	utf8proc_int32_t	 tmp[DECOMPOSE_MAX];
	utf8proc_ssize_t	 n;
	int			 boundclass = 0, opts;
	size_t			 i;

	if (!utf8proc_codepoint_valid(cp))
		return 0;
	opts = UTF8PROC_DECOMPOSE | (compat ? UTF8PROC_COMPAT : 0);
	n = utf8proc_decompose_char(cp, tmp, DECOMPOSE_MAX,
	    (utf8proc_option_t)opts, &boundclass);
	if (n <= 0 || n > DECOMPOSE_MAX || (size_t)n > max)
		return 0;
	for (i = 0; i < (size_t)n; i++)
		out[i] = tmp[i];
	return (size_t)n;
}

void
text_add_int(struct buf *out, long n, int width)
{
	char		 tmp[24];
	size_t		 i = sizeof(tmp);
	unsigned long	 u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;

	do {
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
		width--;
	} while ((u > 0 || width > 0) && i > 1);
	if (n < 0)
		tmp[--i] = '-';
	buf_add(out, tmp + i, sizeof(tmp) - i);
}

const char *
text_lib_version(void)
{
	return utf8proc_version();
}

void
text_search_fold(struct buf *out, const char *s)
{
	utf8proc_uint8_t	*mapped = NULL;
	utf8proc_ssize_t	 n, i, step;
	utf8proc_int32_t	 cp;
	utf8proc_category_t	 cat;
	bool			 space = false;
	size_t			 start = out->len, k;

	n = utf8proc_map((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)strlen(s), &mapped, UTF8PROC_STABLE |
	    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
	    UTF8PROC_CASEFOLD);
	if (n < 0)
		return;
	for (i = 0; i < n; i += step) {
		step = utf8proc_iterate(mapped + i, n - i, &cp);
		if (step <= 0)
			break;
		/* Punctuation, separators and controls separate words. */
		cat = utf8proc_category(cp);
		if ((cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) ||
		    (cat >= UTF8PROC_CATEGORY_ZS && cat <= UTF8PROC_CATEGORY_CC)) {
			space = out->len > start;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = false;
		/* "Øster" is found as "oster", as its key spells it. */
		for (k = 0; k < sizeof(ascii_extra) / sizeof(ascii_extra[0]);
		    k++)
			if (ascii_extra[k].cp == cp)
				break;
		if (k < sizeof(ascii_extra) / sizeof(ascii_extra[0]))
			buf_addstr(out, ascii_extra[k].ascii);
		else
			buf_add(out, mapped + i, (size_t)step);
	}
	free(mapped);
}

/* Do characters of this category count in a name? */
static bool
is_name_char(utf8proc_category_t cat)
{
	return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
	    (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
	    (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

void
text_name_fold(struct buf *out, const char *s, size_t len)
{
	utf8proc_uint8_t	*mapped = NULL;
	utf8proc_ssize_t	 n, i, step;
	utf8proc_int32_t	 cp;
	size_t			 k, start = out->len;
	bool			 ascii = true;

	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &mapped, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
	    UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	if (n < 0)
		return;
	for (i = 0; ascii && i < n; i += step) {
		step = utf8proc_iterate(mapped + i, n - i, &cp);
		if (step <= 0)
			break;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			buf_addc(out, (char)cp);
			continue;
		}
		for (k = 0; k < sizeof(ascii_extra) / sizeof(ascii_extra[0]);
		    k++)
			if (ascii_extra[k].cp == cp)
				break;
		if (k < sizeof(ascii_extra) / sizeof(ascii_extra[0]))
			buf_addstr(out, ascii_extra[k].ascii);
		else if (is_name_char(utf8proc_category(cp)))
			ascii = false;	/* a letter with no ASCII form */
	}
	free(mapped);
	if (ascii)
		return;
	/* Han, kana, Hangul...: keep every letter, mark and digit. */
	buf_truncate(out, start);
	map_filter(out, s, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, is_name_char);
}
