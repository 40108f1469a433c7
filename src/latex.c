/*
 * TeX escapes and Unicode (latex.h).  Both tables are sorted by code
 * point: the writer looks characters up by binary search, a reader
 * scans them by TeX spelling.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "latex.h"
#include "swar.h"
#include "text.h"
#include "xalloc.h"

#define T	LATEX_SYM_TEXT
#define M	LATEX_SYM_MATH

/*
 * Characters with a TeX spelling of their own.  The ASCII specials are
 * here for a reader; the writer spells them the same way.  Entries marked
 * write_only (the last column) spell a character approximately, or share
 * their spelling with a better entry, and are not read back.  Text
 * commands that need the T1 font encoding (\DH, \dj, \guillemotleft) are
 * the ones biblatex and biber use too.
 */
static const struct latex_sym syms[] = {
	{ 0x0023, "\\#", T, false },
	{ 0x0024, "\\$", T, false },
	{ 0x0025, "\\%", T, false },
	{ 0x0026, "\\&", T, false },
	{ 0x005C, "\\textbackslash", T, false },
	{ 0x005E, "\\textasciicircum", T, false },
	{ 0x005F, "\\_", T, false },
	{ 0x007B, "\\textbraceleft", T, false },
	{ 0x007D, "\\textbraceright", T, false },
	{ 0x007E, "\\textasciitilde", T, false },
	{ 0x00A0, "~", T, false },
	{ 0x00A1, "\\textexclamdown", T, false },
	{ 0x00A2, "\\textcent", T, false },
	{ 0x00A3, "\\pounds", T, false },
	{ 0x00A5, "\\textyen", T, false },
	{ 0x00A7, "\\S", T, false },
	{ 0x00A8, "\\\"{}", T, false },
	{ 0x00A9, "\\copyright", T, false },
	{ 0x00AA, "\\textordfeminine", T, false },
	{ 0x00AB, "\\guillemotleft", T, false },
	{ 0x00AC, "\\neg", M, false },
	{ 0x00AD, "\\-", T, false },
	{ 0x00AE, "\\textregistered", T, false },
	{ 0x00B0, "\\textdegree", T, false },
	{ 0x00B1, "\\pm", M, false },
	{ 0x00B2, "\\texttwosuperior", T, false },
	{ 0x00B3, "\\textthreesuperior", T, false },
	{ 0x00B4, "\\'{}", T, false },
	{ 0x00B5, "\\textmu", T, false },
	{ 0x00B6, "\\P", T, false },
	{ 0x00B7, "\\textperiodcentered", T, false },
	{ 0x00B8, "\\c{}", T, false },
	{ 0x00B9, "\\textonesuperior", T, false },
	{ 0x00BA, "\\textordmasculine", T, false },
	{ 0x00BB, "\\guillemotright", T, false },
	{ 0x00BC, "\\textonequarter", T, false },
	{ 0x00BD, "\\textonehalf", T, false },
	{ 0x00BE, "\\textthreequarters", T, false },
	{ 0x00BF, "\\textquestiondown", T, false },
	{ 0x00C5, "\\AA", T, false },
	{ 0x00C6, "\\AE", T, false },
	{ 0x00D0, "\\DH", T, false },
	{ 0x00D7, "\\times", M, false },
	{ 0x00D8, "\\O", T, false },
	{ 0x00DE, "\\TH", T, false },
	{ 0x00DF, "\\ss", T, false },
	{ 0x00E5, "\\aa", T, false },
	{ 0x00E6, "\\ae", T, false },
	{ 0x00F0, "\\dh", T, false },
	{ 0x00F7, "\\div", M, false },
	{ 0x00F8, "\\o", T, false },
	{ 0x00FE, "\\th", T, false },
	{ 0x0110, "\\DJ", T, false },
	{ 0x0111, "\\dj", T, false },
	{ 0x0131, "\\i", T, false },
	{ 0x0141, "\\L", T, false },
	{ 0x0142, "\\l", T, false },
	{ 0x014A, "\\NG", T, false },
	{ 0x014B, "\\ng", T, false },
	{ 0x0152, "\\OE", T, false },
	{ 0x0153, "\\oe", T, false },
	{ 0x0237, "\\j", T, false },
	{ 0x02C6, "\\^{}", T, false },
	{ 0x02C7, "\\v{}", T, false },
	{ 0x02D8, "\\u{}", T, false },
	{ 0x02D9, "\\.{}", T, false },
	{ 0x02DA, "\\r{}", T, false },
	{ 0x02DC, "\\~{}", T, false },
	{ 0x02DD, "\\H{}", T, false },
	{ 0x0393, "\\Gamma", M, false },
	{ 0x0394, "\\Delta", M, false },
	{ 0x0398, "\\Theta", M, false },
	{ 0x039B, "\\Lambda", M, false },
	{ 0x039E, "\\Xi", M, false },
	{ 0x03A0, "\\Pi", M, false },
	{ 0x03A3, "\\Sigma", M, false },
	{ 0x03A5, "\\Upsilon", M, false },
	{ 0x03A6, "\\Phi", M, false },
	{ 0x03A8, "\\Psi", M, false },
	{ 0x03A9, "\\Omega", M, false },
	{ 0x03B1, "\\alpha", M, false },
	{ 0x03B2, "\\beta", M, false },
	{ 0x03B3, "\\gamma", M, false },
	{ 0x03B4, "\\delta", M, false },
	{ 0x03B5, "\\varepsilon", M, false },
	{ 0x03B6, "\\zeta", M, false },
	{ 0x03B7, "\\eta", M, false },
	{ 0x03B8, "\\theta", M, false },
	{ 0x03B9, "\\iota", M, false },
	{ 0x03BA, "\\kappa", M, false },
	{ 0x03BB, "\\lambda", M, false },
	{ 0x03BC, "\\mu", M, false },
	{ 0x03BD, "\\nu", M, false },
	{ 0x03BE, "\\xi", M, false },
	{ 0x03C0, "\\pi", M, false },
	{ 0x03C1, "\\rho", M, false },
	{ 0x03C2, "\\varsigma", M, false },
	{ 0x03C3, "\\sigma", M, false },
	{ 0x03C4, "\\tau", M, false },
	{ 0x03C5, "\\upsilon", M, false },
	{ 0x03C6, "\\varphi", M, false },
	{ 0x03C7, "\\chi", M, false },
	{ 0x03C8, "\\psi", M, false },
	{ 0x03C9, "\\omega", M, false },
	{ 0x03D1, "\\vartheta", M, false },
	{ 0x03D5, "\\phi", M, false },
	{ 0x03D6, "\\varpi", M, false },
	{ 0x03F1, "\\varrho", M, false },
	{ 0x03F5, "\\epsilon", M, false },
	{ 0x1E9E, "\\SS", T, false },
	{ 0x2002, "\\enspace", T, false },
	{ 0x2003, "\\quad", T, false },
	{ 0x2009, "\\,", T, false },
	{ 0x2010, "-", T, true },
	{ 0x2011, "-", T, true },
	{ 0x2012, "--", T, true },
	{ 0x2013, "--", T, false },
	{ 0x2014, "---", T, false },
	{ 0x2015, "---", T, true },
	{ 0x2016, "\\|", M, false },
	{ 0x2018, "`", T, true },
	{ 0x2019, "'", T, true },
	{ 0x201A, "\\quotesinglbase", T, false },
	{ 0x201C, "``", T, false },
	{ 0x201D, "''", T, false },
	{ 0x201E, "\\quotedblbase", T, false },
	{ 0x2020, "\\dag", T, false },
	{ 0x2021, "\\ddag", T, false },
	{ 0x2022, "\\textbullet", T, false },
	{ 0x2026, "\\ldots", T, false },
	{ 0x202F, "\\,", T, true },
	{ 0x2030, "\\textperthousand", T, false },
	{ 0x2032, "\\prime", M, false },
	{ 0x2039, "\\guilsinglleft", T, false },
	{ 0x203A, "\\guilsinglright", T, false },
	{ 0x2044, "\\textfractionsolidus", T, false },
	{ 0x20AC, "\\texteuro", T, false },
	{ 0x2103, "\\textcelsius", T, false },
	{ 0x2122, "\\texttrademark", T, false },
	{ 0x2190, "\\leftarrow", M, false },
	{ 0x2191, "\\uparrow", M, false },
	{ 0x2192, "\\rightarrow", M, false },
	{ 0x2193, "\\downarrow", M, false },
	{ 0x2194, "\\leftrightarrow", M, false },
	{ 0x21D0, "\\Leftarrow", M, false },
	{ 0x21D2, "\\Rightarrow", M, false },
	{ 0x21D4, "\\Leftrightarrow", M, false },
	{ 0x2200, "\\forall", M, false },
	{ 0x2202, "\\partial", M, false },
	{ 0x2203, "\\exists", M, false },
	{ 0x2205, "\\emptyset", M, false },
	{ 0x2207, "\\nabla", M, false },
	{ 0x2208, "\\in", M, false },
	{ 0x2209, "\\notin", M, false },
	{ 0x220F, "\\prod", M, false },
	{ 0x2211, "\\sum", M, false },
	{ 0x2212, "-", M, true },
	{ 0x2213, "\\mp", M, false },
	{ 0x2218, "\\circ", M, false },
	{ 0x221A, "\\surd", M, false },
	{ 0x221D, "\\propto", M, false },
	{ 0x221E, "\\infty", M, false },
	{ 0x2223, "\\mid", M, false },
	{ 0x2225, "\\parallel", M, false },
	{ 0x2227, "\\wedge", M, false },
	{ 0x2228, "\\vee", M, false },
	{ 0x2229, "\\cap", M, false },
	{ 0x222A, "\\cup", M, false },
	{ 0x222B, "\\int", M, false },
	{ 0x223C, "\\sim", M, false },
	{ 0x2243, "\\simeq", M, false },
	{ 0x2245, "\\cong", M, false },
	{ 0x2248, "\\approx", M, false },
	{ 0x2260, "\\neq", M, false },
	{ 0x2261, "\\equiv", M, false },
	{ 0x2264, "\\leq", M, false },
	{ 0x2265, "\\geq", M, false },
	{ 0x226A, "\\ll", M, false },
	{ 0x226B, "\\gg", M, false },
	{ 0x2282, "\\subset", M, false },
	{ 0x2283, "\\supset", M, false },
	{ 0x2286, "\\subseteq", M, false },
	{ 0x2287, "\\supseteq", M, false },
	{ 0x2295, "\\oplus", M, false },
	{ 0x2297, "\\otimes", M, false },
	{ 0x22A5, "\\perp", M, false },
	{ 0x22C5, "\\cdot", M, false },
	{ 0x22EF, "\\cdots", M, false },
	{ 0x27E8, "\\langle", M, false },
	{ 0x27E9, "\\rangle", M, false },
};

#undef T
#undef M

/*
 * Combining marks and the accent commands that put them on a letter.
 * The tie (U+0361, \t) spans two letters and is left out.
 */
static const struct {
	int32_t	 mark;
	char	 cmd;
} accents[] = {
	{ 0x0300, '`' }, { 0x0301, '\'' }, { 0x0302, '^' }, { 0x0303, '~' },
	{ 0x0304, '=' }, { 0x0306, 'u' },  { 0x0307, '.' }, { 0x0308, '"' },
	{ 0x030A, 'r' }, { 0x030B, 'H' },  { 0x030C, 'v' }, { 0x0323, 'd' },
	{ 0x0327, 'c' }, { 0x0328, 'k' },  { 0x0331, 'b' },
};

#define NSYMS		(sizeof(syms) / sizeof(syms[0]))
#define NACCENTS	(sizeof(accents) / sizeof(accents[0]))
/* Code points in one character: a base, its decomposition and marks. */
#define CLUSTER_MAX	32
#define NONE		((size_t)-1)

/*
 * What an ASCII byte is to the writer and to latex_decode(), looked up
 * instead of searched for (strchr): text is read and written a byte at
 * a time in the slow paths and in runs of bytes in the fast ones.
 */
enum byte_class {
	BC_WHITE = 1 << 0,	/* white space, a token of its own */
	BC_TEX = 1 << 1,	/* may start a token that is TeX or a
				   group: \ $ { } */
	BC_SPECIAL = 1 << 2,	/* a TeX special latex_put_char() escapes */
	BC_DECODE = 1 << 3	/* what latex_decode() does not copy as it
				   is: \ $ { } ~ - */
};

#define BC_TEXSPECIAL	(BC_TEX | BC_SPECIAL)

static const unsigned char byte_class[256] = {
	[' '] = BC_WHITE, ['\t'] = BC_WHITE, ['\n'] = BC_WHITE,
	['\r'] = BC_WHITE,
	['\\'] = BC_TEXSPECIAL | BC_DECODE, ['$'] = BC_TEXSPECIAL | BC_DECODE,
	['{'] = BC_TEXSPECIAL | BC_DECODE, ['}'] = BC_TEXSPECIAL | BC_DECODE,
	['#'] = BC_SPECIAL, ['%'] = BC_SPECIAL, ['&'] = BC_SPECIAL,
	['^'] = BC_SPECIAL, ['_'] = BC_SPECIAL,
	['~'] = BC_SPECIAL | BC_DECODE, ['-'] = BC_DECODE,
};

static bool	 is_letter(char);
static bool	 is_escape(char);
static bool	 is_control_word(const char *);
static bool	 balanced(const char *, size_t);
static void	 put_sym(struct buf *, const struct latex_sym *, bool);
static bool	 put_accented(struct buf *, const int32_t *, size_t, bool);
static bool	 put_cluster(struct buf *, const int32_t *, size_t, bool);
static void	 put_fallback(struct buf *, const int32_t *, size_t,
		    struct latex_loss *);
static bool	 put_compat(struct buf *, int32_t, int);
static void	 put_nonascii(struct buf *, const char *, size_t, int,
		    struct latex_loss *);
static size_t	 char_len(const char *, size_t);
static size_t	 literal_len(const char *, size_t);
static size_t	 text_len(const char *, size_t);
static size_t	 next_brace(const char *, size_t, size_t);
static size_t	 plain_len(const char *, size_t, int);
#ifdef __SSE2__
static unsigned	 specials16(const char *, bool);
#endif
static bool	 may_be_special(uint64_t);
static bool	 may_be_decoded(uint64_t);
static size_t	 decode_run_end(const char *, size_t, size_t);
static size_t	 math_len(const char *, size_t);
static size_t	 group_len(const struct latex_scan *, size_t);
static size_t	 command_len(const struct latex_scan *, size_t);
static enum latex_tok raw_next(const struct latex_scan *, size_t *, bool *);
static void	 put_word(struct buf *, const char *, size_t,
		    const struct latex_opts *, struct latex_loss *);

const struct latex_sym *
latex_sym_by_cp(int32_t cp)
{
	size_t	 lo = 0, hi = NSYMS, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (syms[mid].cp == cp)
			return &syms[mid];
		if (syms[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct latex_sym *
latex_sym_by_tex(const char *tex, size_t len, enum latex_sym_mode mode)
{
	size_t	 i;

	for (i = 0; i < NSYMS; i++)
		if (!syms[i].write_only && syms[i].mode == mode &&
		    strlen(syms[i].tex) == len &&
		    memcmp(syms[i].tex, tex, len) == 0)
			return &syms[i];
	return NULL;
}

char
latex_accent_cmd(int32_t mark)
{
	size_t	 i;

	for (i = 0; i < NACCENTS; i++)
		if (accents[i].mark == mark)
			return accents[i].cmd;
	return '\0';
}

int32_t
latex_accent_mark(char cmd)
{
	size_t	 i;

	for (i = 0; i < NACCENTS; i++)
		if (accents[i].cmd == cmd)
			return accents[i].mark;
	return -1;
}

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Does \c stand for a character (\&) or a spacing command (\,)? */
static bool
is_escape(char c)
{
	return c != '\0' && strchr("&%$#_{},;!:/-@", c) != NULL;
}

/* Is tex a control word, "\" and letters, that needs braces of its own? */
static bool
is_control_word(const char *tex)
{
	return tex[0] == '\\' && (is_letter(tex[1]) || strlen(tex) > 2);
}

/*
 * Can TeX source s[0..len) be copied as it is?  Its braces must balance
 * both as BibTeX counts them (every brace) and as TeX does (\{ and \}
 * are characters).  pandoc (2.17) reads \\} as \ and an escaped brace,
 * so no \\ may come before a brace, nor before a character beyond
 * ASCII, which --ascii writes with a brace ({\ss}); and a backslash
 * before such a character (\τ) is no TeX command.
 */
static bool
balanced(const char *s, size_t len)
{
	long	 raw = 0, tex = 0;
	size_t	 i;
	char	 c;

	for (i = 0; i < len; i++) {
		c = s[i];
		if (c == '\\' && i + 1 < len) {
			c = s[++i];
			if ((unsigned char)c >= 0x80)
				return false;
			if (c == '\\' && i + 1 < len && (s[i + 1] == '{' ||
			    s[i + 1] == '}' || (unsigned char)s[i + 1] >= 0x80))
				return false;
			if (c == '{')
				raw++;
			else if (c == '}' && --raw < 0)
				return false;
			continue;
		}
		if (c == '{') {
			raw++;
			tex++;
		} else if (c == '}' && (--raw < 0 || --tex < 0))
			return false;
	}
	return raw == 0 && tex == 0;
}

/*
 * Writes a symbol: in text mode a control word in braces of its own
 * ({\ss}, {$\alpha$} for a math symbol), a ligature or control symbol as
 * it is (--, \&); in math mode a math symbol in braces ({\alpha}) and a
 * text symbol in \mbox.
 */
static void
put_sym(struct buf *out, const struct latex_sym *sym, bool math)
{
	if (math) {
		if (sym->mode == LATEX_SYM_MATH)
			buf_addf(out, "{%s}", sym->tex);
		else
			buf_addf(out, "\\mbox{%s}", sym->tex);
	} else if (sym->mode == LATEX_SYM_MATH)
		buf_addf(out, "{$%s$}", sym->tex);
	else if (is_control_word(sym->tex))
		buf_addf(out, "{%s}", sym->tex);
	else
		buf_addstr(out, sym->tex);
}

/*
 * Writes a base letter and combining marks cp[0..n) as nested accent
 * commands: {\"u}, {\c c}, {\^{\d e}}, {\'\o}; a mark with no base gets
 * an empty one ({\'{}}).  False, having written nothing, when the base
 * is not an ASCII letter or a text letter command, or a mark has no
 * accent command.
 */
static bool
put_accented(struct buf *out, const int32_t *cp, size_t n, bool math)
{
	const struct latex_sym	*sym;
	struct buf		 acc;
	char			 cmd, *prev;
	size_t			 i = 1, applied;

	if (n < 1)
		return false;
	buf_init(&acc);
	if (cp[0] < 0x80 && is_letter((char)cp[0]))
		buf_addc(&acc, (char)cp[0]);
	else if ((sym = latex_sym_by_cp(cp[0])) != NULL &&
	    sym->mode == LATEX_SYM_TEXT && sym->tex[0] == '\\' &&
	    is_letter(sym->tex[1]) && strchr(sym->tex, '{') == NULL)
		buf_addstr(&acc, sym->tex);
	else if (latex_accent_cmd(cp[0]) != '\0') {
		buf_addstr(&acc, "{}");
		i = 0;
	} else {
		buf_release(&acc);
		return false;
	}
	if (i >= n) {
		buf_release(&acc);
		return false;
	}
	for (applied = 0; i < n; i++, applied++) {
		if ((cmd = latex_accent_cmd(cp[i])) == '\0') {
			buf_release(&acc);
			return false;
		}
		prev = buf_detach(&acc);
		if (applied == 0)
			buf_addf(&acc, "\\%c%s%s", cmd,
			    is_letter(cmd) && prev[0] != '\\' ? " " : "",
			    prev);
		else
			buf_addf(&acc, "\\%c{%s}", cmd, prev);
		free(prev);
	}
	buf_addf(out, math ? "\\mbox{%s}" : "{%s}", buf_str(&acc));
	buf_release(&acc);
	return true;
}

/*
 * Writes the character cp[0..n) (a code point and the combining marks
 * after it) in ASCII: as a symbol, or as accents on its canonical
 * decomposition.  False, having written nothing, when it has no such
 * spelling.
 */
static bool
put_cluster(struct buf *out, const int32_t *cp, size_t n, bool math)
{
	const struct latex_sym	*sym;
	int32_t			 all[CLUSTER_MAX];
	size_t			 nd;

	if (n == 1 && (sym = latex_sym_by_cp(cp[0])) != NULL) {
		put_sym(out, sym, math);
		return true;
	}
	nd = text_decompose(cp[0], false, all, CLUSTER_MAX);
	if (nd == 0 || nd + n - 1 > CLUSTER_MAX)
		return false;
	memcpy(all + nd, cp + 1, (n - 1) * sizeof(cp[0]));
	return put_accented(out, all, nd + n - 1, math);
}

/* Writes each code point of cp[0..n) as {\char"XXXX} and counts them. */
static void
put_fallback(struct buf *out, const int32_t *cp, size_t n,
    struct latex_loss *loss)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		buf_addf(out, "{\\char\"%04X}", (unsigned)cp[i]);
		if (loss != NULL) {
			if (loss->n == 0)
				loss->first = cp[i];
			loss->n++;
		}
	}
}

/*
 * Writes the compatibility decomposition of cp when every character of
 * it has an ASCII spelling (ﬁ -> fi, ǅ -> D{\v z}); false, having
 * written nothing, otherwise.
 */
static bool
put_compat(struct buf *out, int32_t cp, int flags)
{
	int32_t		 d[CLUSTER_MAX];
	size_t		 nd, i, j, mark = out->len;
	bool		 math = (flags & LATEX_MATH) != 0;
	char		 c[2];

	nd = text_decompose(cp, true, d, CLUSTER_MAX);
	if (nd == 0 || (nd == 1 && d[0] == cp))
		return false;
	for (i = 0; i < nd; i = j) {
		for (j = i + 1; j < nd && text_is_mark(d[j]); j++)
			continue;
		if (j == i + 1 && d[i] < 0x80) {
			c[0] = (char)d[i];
			c[1] = '\0';
			if (math)
				latex_put_tex(out, c, 1, flags, NULL);
			else
				latex_put_char(out, c, 1, flags, NULL);
		} else if (!put_cluster(out, d + i, j - i, math)) {
			buf_truncate(out, mark);
			return false;
		}
	}
	return true;
}

/*
 * Writes the character s[0..len) (a code point and the combining marks
 * after it) in ASCII: see put_cluster(), then put_compat(), then the
 * fallback.
 */
static void
put_nonascii(struct buf *out, const char *s, size_t len, int flags,
    struct latex_loss *loss)
{
	int32_t		 cp[CLUSTER_MAX];
	size_t		 n = 0, i;
	int		 step;

	for (i = 0; i < len && n < CLUSTER_MAX; i += (size_t)step) {
		if ((step = text_next(s + i, len - i, &cp[n])) < 0)
			return;
		n++;
	}
	if (n == 0)
		return;
	if (put_cluster(out, cp, n, (flags & LATEX_MATH) != 0))
		return;
	if (n == 1 && put_compat(out, cp[0], flags))
		return;
	put_fallback(out, cp, n, loss);
}

void
latex_put_char(struct buf *out, const char *s, size_t len, int flags,
    struct latex_loss *loss)
{
	const struct latex_sym	*sym;

	if (len == 0)
		return;
	if ((unsigned char)s[0] >= 0x80) {
		if (flags & LATEX_ASCII)
			put_nonascii(out, s, len, flags, loss);
		else
			buf_add(out, s, len);
		return;
	}
	/* An ASCII letter with combining marks after it: q̇ is {\.q}. */
	if (len > 1 && (flags & LATEX_ASCII) && is_letter(s[0])) {
		put_nonascii(out, s, len, flags, loss);
		return;
	}
	if ((byte_class[(unsigned char)s[0]] & BC_SPECIAL) &&
	    (sym = latex_sym_by_cp((unsigned char)s[0])) != NULL)
		put_sym(out, sym, false);
	else
		buf_addc(out, s[0]);
	if (len == 1)
		return;
	if (flags & LATEX_ASCII)
		put_nonascii(out, s + 1, len - 1, flags, loss);
	else
		buf_add(out, s + 1, len - 1);
}

/*
 * The length of the character at s: a code point and the combining
 * marks after it; an invalid byte counts as one character.
 */
static size_t
char_len(const char *s, size_t len)
{
	int32_t	 cp;
	size_t	 n;
	int	 step;

	if ((step = text_next(s, len, &cp)) <= 0)
		return 1;
	for (n = (size_t)step; n < len; n += (size_t)step) {
		if ((unsigned char)s[n] < 0x80 ||
		    (step = text_next(s + n, len - n, &cp)) <= 0 ||
		    !text_is_mark(cp))
			break;
	}
	return n;
}

/*
 * The length of the run at s that latex_put_text() writes as it is: no
 * TeX special and, with LATEX_ASCII, nothing beyond ASCII.  The run ends
 * where a character starts, as char_len() cuts them: with LATEX_ASCII
 * its last byte is left out when it could be a letter with marks after
 * it (q̇ is {\.q}).
 */
static size_t
plain_len(const char *s, size_t len, int flags)
{
	size_t		 n = 0, end;
	uint64_t	 x;
	bool		 ascii = (flags & LATEX_ASCII) != 0;
#ifdef __SSE2__
	unsigned	 stop;

	for (; len - n >= 16; n += 16)
		if ((stop = specials16(s + n, ascii)) != 0) {
			n += (size_t)__builtin_ctz(stop);
			goto out;
		}
#endif
	while (n < len) {
		/*
		 * Bytes beyond ASCII are tested with their high bit off:
		 * plain unless ascii is set, they can only give false alarms.
		 */
		if (n + 8 <= len) {
			x = swar_load(s + n);
			if (!(ascii && swar_has_high(x)) &&
			    !may_be_special(x & ~SWAR_HIGHS)) {
				n += 8;
				continue;
			}
		}
		for (end = n + 8 < len ? n + 8 : len; n < end; n++)
			if ((byte_class[(unsigned char)s[n]] & BC_SPECIAL) ||
			    (ascii && (unsigned char)s[n] >= 0x80))
				goto out;
	}
out:
	return ascii && n < len && n > 0 && (unsigned char)s[n] >= 0x80 ?
	    n - 1 : n;
}

#ifdef __SSE2__
/*
 * Bit i set for each byte i of the sixteen at s that is a TeX special
 * (BC_SPECIAL), or with ascii beyond ASCII.
 */
static unsigned
specials16(const char *s, bool ascii)
{
	__m128i		 v = sse_load(s), from23;
	unsigned	 m;

	/* # $ % & are 0x23 to 0x26: at most 3 above 0x23, unsigned. */
	from23 = _mm_sub_epi8(v, _mm_set1_epi8(0x23));
	m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(from23,
	    _mm_min_epu8(from23, _mm_set1_epi8(3))));
	m |= sse_match(v, '\\') | sse_match(v, '^') | sse_match(v, '_') |
	    sse_match(v, '{') | sse_match(v, '}') | sse_match(v, '~');
	if (ascii)
		m |= (unsigned)_mm_movemask_epi8(v);
	return m;
}
#endif

/*
 * Might the eight ASCII bytes of x hold a TeX special (BC_SPECIAL: #$%&
 * are 0x23 to 0x26, \^_ among 0x5C to 0x5F, {}~ among 0x7B to 0x7F)?
 * Only ] | and DEL are false alarms, which the byte loop then clears.
 */
static bool
may_be_special(uint64_t x)
{
	uint64_t	 from23, from27, from7b;

	from23 = x + SWAR_ONES * (0x80 - 0x23);
	from27 = x + SWAR_ONES * (0x80 - 0x27);
	from7b = x + SWAR_ONES * (0x80 - 0x7B);
	return (((from23 & ~from27) | from7b) & SWAR_HIGHS) != 0 ||
	    swar_has_less(x ^ (SWAR_ONES * 0x5C), 4);
}

/*
 * Might the eight ASCII bytes of x hold one latex_decode() does not copy
 * as it is (BC_DECODE: \ $ - and {}~ among 0x7B to 0x7F)?  Only | and
 * DEL are false alarms.
 */
static bool
may_be_decoded(uint64_t x)
{
	return ((x + SWAR_ONES * (0x80 - 0x7B)) & SWAR_HIGHS) != 0 ||
	    swar_has(x, '\\') || swar_has(x, '$') || swar_has(x, '-');
}

/*
 * The end of the text from p that latex_decode() copies as it is: up
 * to end or the next byte of BC_DECODE, but for a lone '-' (a hyphen,
 * copied as it is too).
 */
static size_t
decode_run_end(const char *s, size_t p, size_t end)
{
	size_t		 stop;
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 hyphens, at;

	for (; end - p >= 16; p += 16) {
		v = sse_load(s + p);
		hyphens = sse_match(v, '-');
		/* A hyphen stops the run where another follows it. */
		if (p + 16 < end && s[p + 16] == '-')
			hyphens &= hyphens >> 1 | 0x8000;
		else
			hyphens &= hyphens >> 1;
		at = hyphens | sse_match(v, '\\') | sse_match(v, '$') |
		    sse_match(v, '{') | sse_match(v, '}') | sse_match(v, '~');
		if (at != 0)
			return p + (size_t)__builtin_ctz(at);
	}
#endif
	while (p < end) {
		/* Bytes beyond ASCII, copied too, may only give false alarms. */
		if (p + 8 <= end &&
		    !may_be_decoded(swar_load(s + p) & ~SWAR_HIGHS)) {
			p += 8;
			continue;
		}
		for (stop = p + 8 < end ? p + 8 : end; p < stop; p++)
			if ((byte_class[(unsigned char)s[p]] & BC_DECODE) &&
			    (s[p] != '-' || (p + 1 < end && s[p + 1] == '-')))
				return p;
	}
	return p;
}

void
latex_put_text(struct buf *out, const char *s, size_t len, int flags,
    struct latex_loss *loss)
{
	size_t	 i, n;

	for (i = 0; i < len; i += n) {
		if ((n = plain_len(s + i, len - i, flags)) > 0) {
			buf_add(out, s + i, n);
			continue;
		}
		if (s[i] == '\\' && i + 1 < len && is_escape(s[i + 1])) {
			if (s[i + 1] == '{' || s[i + 1] == '}')
				latex_put_char(out, s + i + 1, 1, flags, loss);
			else
				buf_add(out, s + i, 2);
			n = 2;
			continue;
		}
		n = char_len(s + i, len - i);
		latex_put_char(out, s + i, n, flags, loss);
	}
}

void
latex_put_tex(struct buf *out, const char *s, size_t len, int flags,
    struct latex_loss *loss)
{
	struct buf	 tmp;
	size_t		 i, n;
	bool		 word = false;	/* just after a control word */

	buf_init(&tmp);
	for (i = 0; i < len; i += n) {
		n = 1;
		if (s[i] == '\\' && i + 1 < len &&
		    (unsigned char)s[i + 1] < 0x80) {
			buf_add(out, s + i, 2);
			word = is_letter(s[i + 1]);
			n = 2;
			continue;
		}
		if (s[i] == '%' || s[i] == '#' || s[i] == '&') {
			buf_addc(out, '\\');
			buf_addc(out, s[i]);
		} else if ((unsigned char)s[i] < 0x80) {
			buf_addc(out, s[i]);
			if (is_letter(s[i]))
				continue;
		} else {
			n = char_len(s + i, len - i);
			if ((flags & LATEX_ASCII) == 0)
				buf_add(out, s + i, n);
			else {
				/* \alphaﬁ must not become \alphafi. */
				buf_reset(&tmp);
				put_nonascii(&tmp, s + i, n, flags, loss);
				if (word && tmp.len > 0 &&
				    is_letter(tmp.data[0]))
					buf_addstr(out, "{}");
				buf_add(out, tmp.data, tmp.len);
			}
		}
		word = false;
	}
	buf_release(&tmp);
}

/*
 * The length of the math span at s[0] == '$', or 0 when it is not one:
 * the next unescaped $ closes it; the opening $ must be followed and the
 * closing one preceded by something other than white space, the closing
 * one not followed by a digit ("costs $5 and $10" has no math), and the
 * braces inside must balance.
 */
static size_t
math_len(const char *s, size_t len)
{
	size_t	 i;

	if (len < 3 || s[1] == ' ' || s[1] == '\t' || s[1] == '\n' ||
	    s[1] == '$')
		return 0;
	for (i = 1; i < len; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] == '$')
			break;
	}
	if (i >= len || s[i - 1] == ' ' || s[i - 1] == '\t' ||
	    s[i - 1] == '\n' ||
	    (i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') ||
	    !balanced(s + 1, i - 1))
		return 0;
	return i + 1;
}

/*
 * The length of the brace group at offset off of the scanned string, an
 * argument of a command, or 0 when the brace has no partner or its
 * contents do not balance for TeX.
 */
static size_t
group_len(const struct latex_scan *sc, size_t off)
{
	size_t	 end;

	if (off >= sc->len || sc->s[off] != '{' || sc->rawmatch == NULL ||
	    (end = sc->rawmatch[off]) == NONE ||
	    !balanced(sc->s + off, end + 1 - off))
		return 0;
	return end + 1 - off;
}

/*
 * The length of the command at offset off (a backslash), or 0 when the
 * backslash starts none: a control word with the brace groups right
 * after it as arguments ("\textit{x}"); a one-letter accent word and a
 * letter after a space ("\c c"); or an accent symbol and its argument, a
 * letter, a group or \i or \j ("\"o", "\'{e}", "\'\i").
 */
static size_t
command_len(const struct latex_scan *sc, size_t off)
{
	const char	*s = sc->s + off;
	size_t		 len = sc->len - off, n, g;

	if (len < 2)
		return 0;
	if (is_letter(s[1])) {
		for (n = 1; n < len && is_letter(s[n]); n++)
			continue;
		if (n == 2 && strchr("cvuHkdbr", s[1]) != NULL &&
		    n + 1 < len && s[n] == ' ' && is_letter(s[n + 1]))
			return n + 2;
		while ((g = group_len(sc, off + n)) > 0)
			n += g;
		return n;
	}
	if (strchr("`'^\"~=.", s[1]) == NULL || len < 3)
		return 0;
	if (is_letter(s[2]))
		return 3;
	if ((g = group_len(sc, off + 2)) > 0)
		return 2 + g;
	if (s[2] == '\\' && len >= 4 && (s[3] == 'i' || s[3] == 'j') &&
	    (len == 4 || !is_letter(s[4])))
		return 4;
	return 0;
}

/*
 * The token at sc->pos and its length in *n, without deciding whether a
 * literal brace is a group: *brace is set for one, which is returned as
 * LATEX_TOK_CHAR.
 */
static enum latex_tok
raw_next(const struct latex_scan *sc, size_t *n, bool *brace)
{
	const char	*s = sc->s + sc->pos;
	size_t		 len = sc->len - sc->pos;

	*brace = false;
	if (len == 0) {
		*n = 0;
		return LATEX_TOK_END;
	}
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		for (*n = 1; *n < len && (s[*n] == ' ' || s[*n] == '\t' ||
		    s[*n] == '\n' || s[*n] == '\r'); (*n)++)
			continue;
		return LATEX_TOK_SPACE;
	}
	if (s[0] == '\\' && len > 1 && is_escape(s[1])) {
		*n = 2;
		return LATEX_TOK_ESCAPE;
	}
	if (s[0] == '\\' && (*n = command_len(sc, sc->pos)) > 0)
		return LATEX_TOK_COMMAND;
	if (s[0] == '$' && (*n = math_len(s, len)) > 0)
		return LATEX_TOK_MATH;
	/* A brace is one byte: a mark after it is a character of its own. */
	*brace = s[0] == '{' || s[0] == '}';
	if (*brace)
		*n = 1;
	else if ((*n = literal_len(s, len)) == 0)
		*n = char_len(s, len);
	return LATEX_TOK_CHAR;
}

/* The length of the run at s without \ $ { }: literals and white space. */
static size_t
text_len(const char *s, size_t len)
{
	size_t		 n = 0;
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 at;

	for (; len - n >= 16; n += 16) {
		v = sse_load(s + n);
		at = sse_match(v, '\\') | sse_match(v, '$') |
		    sse_match(v, '{') | sse_match(v, '}');
		if (at != 0)
			return n + (size_t)__builtin_ctz(at);
	}
#endif
	for (; n < len && !(byte_class[(unsigned char)s[n]] & BC_TEX); n++)
		continue;
	return n;
}

/* Where the first brace in s[i..len) is, or len. */
static size_t
next_brace(const char *s, size_t i, size_t len)
{
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 at;

	for (; len - i >= 16; i += 16) {
		v = sse_load(s + i);
		if ((at = sse_match(v, '{') | sse_match(v, '}')) != 0)
			return i + (size_t)__builtin_ctz(at);
	}
#endif
	for (; i < len && s[i] != '{' && s[i] != '}'; i++)
		continue;
	return i;
}

/*
 * The length of the run of literal characters at s: bytes that start no
 * other token.  Marks are never such bytes, so the run ends where a
 * character does.
 */
static size_t
literal_len(const char *s, size_t len)
{
	size_t	 n;

	for (n = 0; n < len && !(byte_class[(unsigned char)s[n]] &
	    (BC_WHITE | BC_TEX)); n++)
		continue;
	return n;
}

/*
 * Pairs the braces twice: every brace, as BibTeX counts them, to find
 * the arguments of commands; then the literal braces outside math and
 * commands, which are TeX groups when they pair up.
 */
void
latex_scan_init(struct latex_scan *sc, const char *s, size_t len)
{
	size_t		*stack, depth = 0, i, n;
	bool		 brace;

	memset(sc, 0, sizeof(*sc));
	sc->s = s;
	sc->len = len;
	if ((i = next_brace(s, 0, len)) == len)
		return;
	/* Only the entries of braces are set, and read. */
	sc->rawmatch = xreallocarray(NULL, len, sizeof(*sc->rawmatch));
	sc->group = xreallocarray(NULL, len, sizeof(*sc->group));
	stack = xreallocarray(NULL, len, sizeof(*stack));
	for (; i < len; i = next_brace(s, i + 1, len)) {
		sc->rawmatch[i] = NONE;
		sc->group[i] = false;
		if (s[i] == '{')
			stack[depth++] = i;
		else if (depth > 0) {
			depth--;
			sc->rawmatch[stack[depth]] = i;
			sc->rawmatch[i] = stack[depth];
		}
	}
	depth = 0;
	for (sc->pos = 0; sc->pos < len; sc->pos += n) {
		/* A run without \ $ { } holds no brace and no TeX. */
		if ((n = text_len(s + sc->pos, len - sc->pos)) > 0)
			continue;
		raw_next(sc, &n, &brace);
		if (!brace)
			continue;
		if (s[sc->pos] == '{')
			stack[depth++] = sc->pos;
		else if (depth > 0) {
			depth--;
			sc->group[stack[depth]] = true;
			sc->group[sc->pos] = true;
		}
	}
	sc->pos = 0;
	free(stack);
}

void
latex_scan_release(struct latex_scan *sc)
{
	free(sc->rawmatch);
	free(sc->group);
	sc->rawmatch = NULL;
	sc->group = NULL;
}

enum latex_tok
latex_scan_next(struct latex_scan *sc, const char **tok, size_t *toklen)
{
	enum latex_tok	 t;
	size_t		 n;
	bool		 brace;

	t = raw_next(sc, &n, &brace);
	*tok = sc->s + sc->pos;
	*toklen = n;
	if (brace && sc->group[sc->pos])
		t = sc->s[sc->pos] == '{' ? LATEX_TOK_OPEN : LATEX_TOK_CLOSE;
	sc->pos += n;
	return t;
}

/* Writes the word w[0..len) as o->word does, or latex_put_text(). */
static void
put_word(struct buf *out, const char *w, size_t len,
    const struct latex_opts *o, struct latex_loss *loss)
{
	if (o->word != NULL)
		o->word(out, w, len, o, loss);
	else
		latex_put_text(out, w, len, o->flags, loss);
}

void
latex_put_all(struct buf *out, const char *s, size_t len,
    const struct latex_opts *o, struct latex_loss *loss)
{
	struct latex_scan	 sc;
	enum latex_tok		 t, prev = LATEX_TOK_END;
	const char		*tok, *word = NULL;
	size_t			 n, wlen = 0;

	latex_scan_init(&sc, s, len);
	for (;;) {
		/*
		 * Without a word writer, text that latex_put_text() copies as
		 * it is, white space and all, is copied at once instead of
		 * token by token: that is most of an abstract.
		 */
		if (o->word == NULL && (n = plain_len(s + sc.pos,
		    len - sc.pos, o->flags)) > 0) {
			if (word != NULL)
				put_word(out, word, wlen, o, loss);
			word = NULL;
			buf_add(out, s + sc.pos, n);
			sc.pos += n;
			prev = LATEX_TOK_CHAR;
			continue;
		}
		t = latex_scan_next(&sc, &tok, &n);
		if (t == LATEX_TOK_CHAR || t == LATEX_TOK_ESCAPE) {
			if (word == NULL)
				word = tok;
			wlen = (size_t)(tok + n - word);
			continue;
		}
		if (word != NULL) {
			put_word(out, word, wlen, o, loss);
			word = NULL;
			prev = LATEX_TOK_CHAR;
		}
		switch (t) {
		case LATEX_TOK_SPACE:
		case LATEX_TOK_OPEN:
		case LATEX_TOK_CLOSE:
			buf_add(out, tok, n);
			break;
		case LATEX_TOK_MATH:
			if (o->protect_math)
				buf_addc(out, '{');
			latex_put_tex(out, tok, n, o->flags | LATEX_MATH,
			    loss);
			if (o->protect_math)
				buf_addc(out, '}');
			break;
		case LATEX_TOK_COMMAND:
			if (prev != LATEX_TOK_OPEN)
				buf_addc(out, '{');
			latex_put_tex(out, tok, n, o->flags, loss);
			if (prev != LATEX_TOK_OPEN)
				buf_addc(out, '}');
			break;
		default:
			break;
		}
		if (t == LATEX_TOK_END)
			break;
		prev = t;
	}
	latex_scan_release(&sc);
}

/*
 * Reading BibTeX text (latex_decode()).  The symbols and accents above
 * are read back by their TeX spelling; rcmds[] adds what a reader meets
 * in files written by others and the writer never writes.  Markup
 * (\emph, \textit, {\em x}, \url) is TeX the record keeps.
 */

/* What a command that is neither a symbol nor an accent does. */
enum rcmd_kind {
	RC_TEXT,	/* stands for text: \TeX is "TeX", \textendash "–" */
	RC_DROP,	/* dropped with its argument: \noopsort{a} */
	RC_CHAR		/* \char"XXXX, \char'ooo, \charNNN */
};

/* Sorted by name (strcmp) for a binary search. */
static const struct rcmd {
	const char	*name;
	enum rcmd_kind	 kind;
	const char	*text;
} rcmds[] = {
	{ "BibTeX",		RC_TEXT,	"BibTeX" },
	{ "LaTeX",		RC_TEXT,	"LaTeX" },
	{ "LaTeXe",		RC_TEXT,	"LaTeX2e" },
	{ "LuaTeX",		RC_TEXT,	"LuaTeX" },
	{ "TeX",		RC_TEXT,	"TeX" },
	{ "XeTeX",		RC_TEXT,	"XeTeX" },
	{ "char",		RC_CHAR,	NULL },
	{ "dots",		RC_TEXT,	"\xE2\x80\xA6" },
	{ "guillemetleft",	RC_TEXT,	"\xC2\xAB" },
	{ "guillemetright",	RC_TEXT,	"\xC2\xBB" },
	{ "nobreakspace",	RC_TEXT,	" " },
	{ "noopsort",		RC_DROP,	NULL },
	{ "slash",		RC_TEXT,	"/" },
	{ "textbackslash",	RC_TEXT,	"{\\textbackslash}" },
	{ "textbar",		RC_TEXT,	"|" },
	{ "textbraceleft",	RC_TEXT,	"\\{" },
	{ "textbraceright",	RC_TEXT,	"\\}" },
	{ "textcopyright",	RC_TEXT,	"\xC2\xA9" },
	{ "textdagger",		RC_TEXT,	"\xE2\x80\xA0" },
	{ "textdaggerdbl",	RC_TEXT,	"\xE2\x80\xA1" },
	{ "textdollar",		RC_TEXT,	"\\$" },
	{ "textellipsis",	RC_TEXT,	"\xE2\x80\xA6" },
	{ "textemdash",		RC_TEXT,	"\xE2\x80\x94" },
	{ "textendash",		RC_TEXT,	"\xE2\x80\x93" },
	{ "textgreater",	RC_TEXT,	">" },
	{ "textless",		RC_TEXT,	"<" },
	{ "textminus",		RC_TEXT,	"\xE2\x88\x92" },
	{ "textparagraph",	RC_TEXT,	"\xC2\xB6" },
	{ "textquotedbl",	RC_TEXT,	"\"" },
	{ "textquotedblleft",	RC_TEXT,	"\xE2\x80\x9C" },
	{ "textquotedblright",	RC_TEXT,	"\xE2\x80\x9D" },
	{ "textquoteleft",	RC_TEXT,	"\xE2\x80\x98" },
	{ "textquoteright",	RC_TEXT,	"\xE2\x80\x99" },
	{ "textquotesingle",	RC_TEXT,	"'" },
	{ "textsection",	RC_TEXT,	"\xC2\xA7" },
	{ "textsterling",	RC_TEXT,	"\xC2\xA3" },
	{ "textunderscore",	RC_TEXT,	"_" },
};

#define NRCMDS		(sizeof(rcmds) / sizeof(rcmds[0]))
/* Accents on accents deeper than this are copied as TeX. */
#define ACCENT_DEPTH	8
/* Letters that are accent commands: \c c, \v{s}. */
#define ACCENT_WORDS	"uvHcdbkr"
/* Characters that are accent commands: \"u, \'{e}. */
#define ACCENT_SYMS	"`'^\"~=."

/* One call of latex_decode(). */
struct dec {
	const char	*s;
	int		 flags;
	bool		 unbalanced;	/* a brace without a partner was seen */
};

/* A group being read: whether its braces are kept, where it began. */
struct dec_group {
	bool		 keep;
	size_t		 start;		/* offset of its first character */
	size_t		 mark;		/* out->len after its '{' */
};

/* The groups being read by one dec_range(). */
struct dec_stack {
	struct dec_group *v;
	size_t		  n;
	size_t		  cap;
};

static int	 sym_cmp(const void *, const void *);
static int	 tex_cmp(const char *, const char *, size_t);
static const struct latex_sym *sym_by_name(const char *, size_t,
		    enum latex_sym_mode);
static const struct rcmd *rcmd_by_name(const char *, size_t);
static void	 put_cp(struct buf *, int32_t);
static size_t	 word_len(const char *, size_t, size_t);
static size_t	 skip_white(const char *, size_t, size_t);
static size_t	 dec_close(struct dec *, size_t, size_t);
static size_t	 dec_extent(struct dec *, size_t, size_t, size_t);
static bool	 is_known_word(const char *, size_t);
static void	 dec_range(struct dec *, size_t, size_t, struct buf *, int);
static size_t	 dec_group(struct dec *, size_t, size_t, struct buf *,
		    struct dec_stack *);
static void	 push_group(struct dec_stack *, bool, size_t, size_t);
static void	 end_word(const char *, size_t, size_t, size_t, struct buf *);
static bool	 takes_accent(const char *, size_t);
static size_t	 dec_command(struct dec *, size_t, size_t, struct buf *,
		    int, bool *);
static size_t	 dec_word(struct dec *, size_t, size_t, struct buf *,
		    bool *);
static size_t	 dec_accent(struct dec *, size_t, size_t, size_t,
		    struct buf *, int, bool *);
static size_t	 dec_char(struct dec *, size_t, size_t, struct buf *,
		    bool *);

/*
 * The symbols in order of their TeX spelling, built on first use: the
 * reader looks every command up, and a field may hold millions.
 */
static size_t	 sym_order[NSYMS];
static pthread_once_t sym_order_once = PTHREAD_ONCE_INIT;

/* Orders indices into syms[] by spelling, for qsort(). */
static int
sym_cmp(const void *a, const void *b)
{
	return strcmp(syms[*(const size_t *)a].tex,
	    syms[*(const size_t *)b].tex);
}

/* Compares spelling t with a backslash and name[0..len), as strcmp(). */
static int
tex_cmp(const char *t, const char *name, size_t len)
{
	int	 c;

	if (t[0] != '\\')
		return (unsigned char)t[0] < '\\' ? -1 : 1;
	if ((c = strncmp(t + 1, name, len)) != 0)
		return c;
	return t[1 + len] == '\0' ? 0 : 1;
}

/* Builds sym_order[], once (both threads of a pipeline may read TeX). */
static void
sort_syms(void)
{
	size_t	 i;

	for (i = 0; i < NSYMS; i++)
		sym_order[i] = i;
	qsort(sym_order, NSYMS, sizeof(sym_order[0]), sym_cmp);
}

/*
 * The symbol whose spelling is a backslash and name[0..len) in the
 * given mode, or NULL; write_only entries are never returned.
 */
static const struct latex_sym *
sym_by_name(const char *name, size_t len, enum latex_sym_mode mode)
{
	const struct latex_sym	*sym;
	size_t			 lo = 0, hi = NSYMS, mid, i;

	pthread_once(&sym_order_once, sort_syms);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (tex_cmp(syms[sym_order[mid]].tex, name, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < NSYMS; i++) {
		sym = &syms[sym_order[i]];
		if (tex_cmp(sym->tex, name, len) != 0)
			break;
		if (sym->mode == mode && !sym->write_only)
			return sym;
	}
	return NULL;
}

/* The command rcmds[] names name[0..len), or NULL. */
static const struct rcmd *
rcmd_by_name(const char *name, size_t len)
{
	size_t	 lo = 0, hi = NRCMDS, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strncmp(rcmds[mid].name, name, len)) == 0)
			c = rcmds[mid].name[len] == '\0' ? 0 : 1;
		if (c == 0)
			return &rcmds[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Appends code point cp in UTF-8. */
static void
put_cp(struct buf *out, int32_t cp)
{
	char	 u[4];

	if (cp < 0x80) {
		buf_addc(out, (char)cp);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 3);
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		buf_add(out, u, 4);
	}
}

/* The number of letters at s[p..end). */
static size_t
word_len(const char *s, size_t p, size_t end)
{
	size_t	 n;

	for (n = 0; p + n < end && is_letter(s[p + n]); n++)
		continue;
	return n;
}

/* The offset of the first byte at or after p that is not white space. */
static size_t
skip_white(const char *s, size_t p, size_t end)
{
	while (p < end && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
	    s[p] == '\r'))
		p++;
	return p;
}

/*
 * The offset of the brace that closes the one at p, before end, or NONE.
 * A backslash escapes the character after it.  Once a brace was found
 * without a partner every later search fails at once, which keeps the
 * work linear on text whose braces do not balance.
 */
static size_t
dec_close(struct dec *d, size_t p, size_t end)
{
	size_t	 depth = 0;

	if (d->unbalanced)
		return NONE;
	for (; p < end; p++) {
		if (d->s[p] == '\\')
			p++;
		else if (d->s[p] == '{')
			depth++;
		else if (d->s[p] == '}' && --depth == 0)
			return p;
	}
	d->unbalanced = true;
	return NONE;
}

/*
 * The end of the command at p (a backslash and n letters) with the
 * brace groups right after it, its arguments, as latex_scan sees them.
 */
static size_t
dec_extent(struct dec *d, size_t p, size_t n, size_t end)
{
	size_t	 e = p + 1 + n, m;

	while (e < end && d->s[e] == '{' && (m = dec_close(d, e, end)) != NONE)
		e = m + 1;
	return e;
}

/* Does the reader read the control word name[0..len) as text? */
static bool
is_known_word(const char *name, size_t len)
{
	return rcmd_by_name(name, len) != NULL ||
	    sym_by_name(name, len, LATEX_SYM_TEXT) != NULL ||
	    (len == 1 && strchr(ACCENT_WORDS, name[0]) != NULL);
}

void
latex_decode(struct buf *out, const char *s, size_t len, int flags)
{
	struct dec	 d;

	d.s = s;
	d.flags = flags;
	d.unbalanced = false;
	dec_range(&d, 0, len, out, 0);
}

/*
 * Decodes s[p..end) into out.  Each group is on the stack until its
 * closing brace, which is copied when the group keeps its braces.
 */
static void
dec_range(struct dec *d, size_t p, size_t end, struct buf *out, int depth)
{
	const char		*s = d->s;
	struct dec_stack	 st;
	struct dec_group	*g;
	size_t			 q, start;
	bool			 charlike, prose;

	memset(&st, 0, sizeof(st));
	while (p < end) {
		switch (s[p]) {
		case '{':
			p = dec_group(d, p, end, out, &st);
			break;
		case '}':
			/* A brace without a partner stays a character. */
			if (st.n == 0)
				buf_addstr(out, "\\}");
			else if (st.v[--st.n].keep)
				buf_addc(out, '}');
			p++;
			break;
		case '$':
			if ((q = math_len(s + p, end - p)) > 0) {
				buf_add(out, s + p, q);
				p += q;
			} else {
				buf_addstr(out, "\\$");
				p++;
			}
			break;
		case '\\':
			start = p;
			charlike = false;
			p = dec_command(d, p, end, out, depth, &charlike);
			/*
			 * {\"u} (how the writer spells a character) is the
			 * character, also where groups keep their braces.
			 */
			g = st.n > 0 ? &st.v[st.n - 1] : NULL;
			if (charlike && g != NULL && g->keep &&
			    g->start == start && p < end && s[p] == '}') {
				memmove(out->data + g->mark - 1,
				    out->data + g->mark, out->len - g->mark);
				buf_truncate(out, out->len - 1);
				g->keep = false;
			}
			break;
		case '~':
			buf_addc(out, ' ');
			p++;
			break;
		case '-':
			/* TeX's dash ligatures: --- is an em dash, -- an en. */
			for (q = p; q < end && s[q] == '-'; q++)
				continue;
			prose = (d->flags & (LATEX_DEC_TITLE |
			    LATEX_DEC_GROUPS)) != 0;
			if (q - p == 3 && prose)
				buf_addstr(out, "\xE2\x80\x94");
			else if (q - p == 2 && prose)
				buf_addstr(out, "\xE2\x80\x93");
			else
				buf_add(out, s + p, q - p);
			p = q;
			break;
		default:
			q = decode_run_end(s, p + 1, end);
			buf_add(out, s + p, q - p);
			p = q;
			break;
		}
	}
	free(st.v);
}

/*
 * Reads the group that opens at p: {$...$} as a math span or symbol, a
 * group that starts with a command the reader does not know as TeX, any
 * other group by its contents, with its braces kept when
 * LATEX_DEC_GROUPS is set.  Returns where reading goes on.
 */
static size_t
dec_group(struct dec *d, size_t p, size_t end, struct buf *out,
    struct dec_stack *st)
{
	const struct latex_sym	*sym;
	const char		*s = d->s;
	size_t			 q = p + 1, n, e;
	bool			 keep = (d->flags & LATEX_DEC_GROUPS) != 0;

	if (q < end && s[q] == '$' && (n = math_len(s + q, end - q)) > 0 &&
	    q + n < end && s[q + n] == '}') {
		if ((d->flags & LATEX_DEC_TITLE) == 0 && s[q + 1] == '\\' &&
		    word_len(s, q + 2, end) == n - 3 &&
		    (sym = sym_by_name(s + q + 2, n - 3, LATEX_SYM_MATH)) !=
		    NULL)
			put_cp(out, sym->cp);
		else if (keep && (d->flags & LATEX_DEC_TITLE) == 0)
			buf_add(out, s + p, n + 2);
		else
			buf_add(out, s + q, n);
		return q + n + 1;
	}
	if (q + 1 < end && s[q] == '\\' && (n = word_len(s, q + 1, end)) > 0 &&
	    !is_known_word(s + q + 1, n) && (d->flags & LATEX_DEC_NAME) == 0) {
		/*
		 * {\foo{x}} is \foo{x}.  In {\foo x} and {\foo} the group is
		 * TeX the record keeps (the writer writes a command alone so
		 * too, and {\foo}bar needs it): its braces stay, the command
		 * is copied, the rest is read as usual (so that the writer's
		 * case protection inside it comes off again).
		 */
		e = dec_extent(d, q, n, end);
		if (e < end && s[e] == '}' && e > q + 1 + n) {
			buf_add(out, s + q, e - q);
			return e + 1;
		}
		buf_addc(out, '{');
		buf_add(out, s + q, e - q);
		push_group(st, true, q, out->len - (e - q));
		end_word(s, q + 1 + n, e, end, out);
		return e;
	}
	if (keep)
		buf_addc(out, '{');
	push_group(st, keep, q, out->len);
	return q;
}

/*
 * A control word copied as TeX without arguments (its name ends at w,
 * its arguments at e) ends with {} unless white space, the end or a
 * character that the writer writes as it is, and that is no letter,
 * follows: a letter would run into its name, and a character that the
 * writer spells as TeX ({\"u}, \%) would become its argument or the
 * start of another command.
 */
static void
end_word(const char *s, size_t w, size_t e, size_t end, struct buf *out)
{
	if (e == w && e < end && s[e] != ' ' && s[e] != '\t' &&
	    s[e] != '\n' && s[e] != '\r' && ((unsigned char)s[e] >= 0x80 ||
	    is_letter(s[e]) || strchr("{\\$%#&_^~", s[e]) != NULL))
		buf_addstr(out, "{}");
}

/* Puts a group on the stack: see struct dec_group. */
static void
push_group(struct dec_stack *st, bool keep, size_t start, size_t mark)
{
	if (st->n == st->cap) {
		st->cap = st->cap == 0 ? 8 : st->cap * 2;
		st->v = xreallocarray(st->v, st->cap, sizeof(st->v[0]));
	}
	st->v[st->n].keep = keep;
	st->v[st->n].start = start;
	st->v[st->n].mark = mark;
	st->n++;
}

/*
 * Reads the command at p, a backslash; returns where reading goes on.
 * *charlike is set when it was read as characters (a symbol, an accent).
 */
static size_t
dec_command(struct dec *d, size_t p, size_t end, struct buf *out,
    int depth, bool *charlike)
{
	const char	*s = d->s;
	size_t		 n;
	char		 c;

	if (p + 1 >= end) {
		if ((d->flags & LATEX_DEC_NAME) == 0)
			buf_addstr(out, "{\\textbackslash}");
		return end;
	}
	c = s[p + 1];
	if (is_letter(c)) {
		n = word_len(s, p + 1, end);
		if (n == 1 && strchr(ACCENT_WORDS, c) != NULL)
			return dec_accent(d, p, p + 2, end, out, depth,
			    charlike);
		return dec_word(d, p, end, out, charlike);
	}
	if (c != '\0' && strchr(ACCENT_SYMS, c) != NULL)
		return dec_accent(d, p, p + 2, end, out, depth, charlike);
	switch (c) {
	case '&':
	case '%':
	case '#':
	case '_':
		buf_addc(out, c);
		break;
	case '$':
	case '{':
	case '}':
		buf_add(out, s + p, 2);
		break;
	case ',':
		if (d->flags & LATEX_DEC_NAME)
			buf_addc(out, ' ');
		else
			put_cp(out, 0x2009);
		break;
	case ';':
	case ':':
	case '\\':
	case ' ':
	case '\t':
	case '\n':
	case '\r':
		buf_addc(out, ' ');
		break;
	case '!':
	case '/':
	case '-':
	case '@':
		break;
	default:
		/*
		 * \( \[ \1 ...: a backslash and the character, as the writer
		 * reads record text (a name drops the backslash).
		 */
		if ((d->flags & LATEX_DEC_NAME) == 0)
			buf_addstr(out, "{\\textbackslash}");
		return p + 1;
	}
	return p + 2;
}

/* Reads the control word at p (not an accent); returns where next. */
static size_t
dec_word(struct dec *d, size_t p, size_t end, struct buf *out,
    bool *charlike)
{
	const struct latex_sym	*sym;
	const struct rcmd	*rc;
	const char		*s = d->s;
	size_t			 n = word_len(s, p + 1, end), e = p + 1 + n,
				 q, m;

	if ((rc = rcmd_by_name(s + p + 1, n)) == NULL) {
		if ((sym = sym_by_name(s + p + 1, n, LATEX_SYM_TEXT)) !=
		    NULL) {
			put_cp(out, sym->cp);
			*charlike = true;
			return skip_white(s, e, end);
		}
		/* A name is plain text: markup goes, its argument stays. */
		if (d->flags & LATEX_DEC_NAME)
			return skip_white(s, e, end);
		/* Unknown: TeX the record keeps, arguments and all. */
		e = dec_extent(d, p, n, end);
		buf_add(out, s + p, e - p);
		end_word(s, p + 1 + n, e, end, out);
		return e;
	}
	q = skip_white(s, e, end);
	switch (rc->kind) {
	case RC_TEXT:
		/*
		 * A backslash stays TeX: as a character it could start a
		 * command with what follows it.  A name drops it.
		 */
		if ((d->flags & LATEX_DEC_NAME) == 0 || rc->text[0] != '{')
			buf_addstr(out, rc->text);
		*charlike = true;
		return q;
	case RC_DROP:
		if (q < end && s[q] == '{' && (m = dec_close(d, q, end)) !=
		    NONE)
			return m + 1;
		return q;
	case RC_CHAR:
		return dec_char(d, e, end, out, charlike);
	}
	return q;
}

/*
 * Reads an accent: the command is s[p..q), its argument follows (a
 * character, a group, \i, \j or a letter command such as \o).  The mark
 * goes after the first character of the argument (and the marks that
 * character has already); an empty argument gives the spacing accent
 * (\"{} is U+00A8).  What cannot be read is copied as TeX.
 */
static size_t
dec_accent(struct dec *d, size_t p, size_t q, size_t end, struct buf *out,
    int depth, bool *charlike)
{
	const struct latex_sym	*sym;
	const char		*s = d->s;
	struct buf		 base, tex;
	int32_t			 mark, cp;
	size_t			 a, m, n, next, first = 0;
	int			 step;

	mark = latex_accent_mark(s[p + 1]);
	a = skip_white(s, q, end);
	if (mark < 0)
		goto verbatim;
	/*
	 * An accent nested too deep, or with nothing to go on, is dropped
	 * (and its argument read as text).
	 */
	if (depth >= ACCENT_DEPTH)
		return q;
	if (a >= end || s[a] == '}' || s[a] == '$' ||
	    (s[a] == '\\' && word_len(s, a + 1, end) == 0))
		return a;
	buf_init(&base);
	if (s[a] == '{') {
		if ((m = dec_close(d, a, end)) == NONE) {
			buf_release(&base);
			goto verbatim;
		}
		dec_range(d, a + 1, m, &base, depth + 1);
		next = m + 1;
	} else if (s[a] == '\\') {
		n = word_len(s, a + 1, end);
		if (n == 1 && (s[a + 1] == 'i' || s[a + 1] == 'j'))
			buf_addc(&base, s[a + 1]);
		else if ((sym = sym_by_name(s + a + 1, n, LATEX_SYM_TEXT)) !=
		    NULL)
			put_cp(&base, sym->cp);
		else {
			buf_release(&base);
			return a;
		}
		next = skip_white(s, a + 1 + n, end);
	} else {
		n = char_len(s + a, end - a);
		buf_add(&base, s + a, n);
		next = a + n;
	}
	/*
	 * Only letters the writer can spell with an accent take one: \"{1}
	 * is 1, an argument that is TeX the record keeps (\'{\foo}) stays
	 * without it, and so does one in Han or Greek.
	 */
	if (base.len > 0 && !takes_accent(base.data, base.len)) {
		buf_add(out, base.data, base.len);
		buf_release(&base);
		return next;
	}
	*charlike = true;
	if (base.len == 0) {
		/* Spacing accents are spelt \"{} and so on. */
		buf_init(&tex);
		buf_addf(&tex, "\\%c{}", s[p + 1]);
		sym = latex_sym_by_tex(tex.data, tex.len, LATEX_SYM_TEXT);
		buf_release(&tex);
		buf_release(&base);
		if (sym == NULL)
			*charlike = false;
		else
			put_cp(out, sym->cp);
		return next;
	}
	if ((step = text_next(base.data, base.len, &cp)) > 0) {
		/* The dotless i and j take accents as i and j. */
		if (cp == 0x0131 || cp == 0x0237)
			buf_addc(out, cp == 0x0131 ? 'i' : 'j');
		else
			buf_add(out, base.data, (size_t)step);
		for (first = (size_t)step; first < base.len;
		    first += (size_t)step) {
			if ((step = text_next(base.data + first,
			    base.len - first, &cp)) <= 0 || !text_is_mark(cp))
				break;
			buf_add(out, base.data + first, (size_t)step);
		}
	}
	put_cp(out, mark);
	buf_add(out, base.data + first, base.len - first);
	buf_release(&base);
	return next;
verbatim:
	buf_add(out, s + p, q - p);
	return q;
}

/*
 * Can the character at s take an accent: is it a Latin letter (with or
 * without accents) or a letter the symbol table spells (\o, \ae, \i)?
 */
static bool
takes_accent(const char *s, size_t len)
{
	const struct latex_sym	*sym;
	int32_t			 cp, d[CLUSTER_MAX];

	if (text_next(s, len, &cp) <= 0 ||
	    text_decompose(cp, false, d, CLUSTER_MAX) == 0)
		return false;
	if (d[0] < 0x80)
		return is_letter((char)d[0]);
	return (sym = latex_sym_by_cp(d[0])) != NULL &&
	    sym->mode == LATEX_SYM_TEXT && sym->tex[0] == '\\' &&
	    is_letter(sym->tex[1]) && strchr(sym->tex, '{') == NULL;
}

/*
 * Reads the number after \char (which ends at q): "XXXX in hex, 'ooo in
 * octal or decimal digits.  The TeX specials \ { } $ are written as
 * record text holds them.  What is not a character, and a combining
 * mark, which has nothing to go on, is dropped with its number: kept as
 * TeX, \char could take the digits after it as its number the next time
 * it is read.
 */
static size_t
dec_char(struct dec *d, size_t q, size_t end, struct buf *out,
    bool *charlike)
{
	const char	*s = d->s;
	size_t		 a = skip_white(s, q, end), i, ndigits = 0;
	long		 cp = 0;
	int		 base = 10, v;

	if (a < end && s[a] == '"') {
		base = 16;
		a++;
	} else if (a < end && s[a] == '\'') {
		base = 8;
		a++;
	}
	for (i = a; i < end && ndigits < 8; i++, ndigits++) {
		if (s[i] >= '0' && s[i] <= '9')
			v = s[i] - '0';
		else if (base == 16 && s[i] >= 'A' && s[i] <= 'F')
			v = s[i] - 'A' + 10;
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			v = s[i] - 'a' + 10;
		else
			break;
		if (v >= base)
			break;
		cp = cp * base + v;
	}
	if (ndigits == 0)
		return q;
	/* A space ends the number and belongs to it. */
	if (i < end && s[i] == ' ')
		i++;
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ||
	    (cp & 0xFFFE) == 0xFFFE || text_is_mark((int32_t)cp))
		return i;
	if (cp == '\\') {
		if ((d->flags & LATEX_DEC_NAME) == 0)
			buf_addstr(out, "{\\textbackslash}");
	} else if (cp == '{' || cp == '}' || cp == '$') {
		buf_addc(out, '\\');
		buf_addc(out, (char)cp);
	} else
		put_cp(out, (int32_t)cp);
	*charlike = true;
	return i;
}
