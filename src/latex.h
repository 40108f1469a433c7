#ifndef LATEX_H
#define LATEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;

/*
 * TeX escapes and Unicode, in both directions.  The tables are data that
 * a writer reads by code point and a reader by TeX spelling:
 *  - symbols: characters with a TeX spelling of their own ("\ss" for ß,
 *    "--" for an en dash, "\alpha" in math for α);
 *  - accents: combining marks and the accent command that puts them on
 *    a letter (U+0308 and '"', U+0327 and 'c'), so that any letter that
 *    decomposes into an ASCII base and such marks has a TeX spelling.
 *
 * Text in a record is Unicode in which some TeX is kept as TeX, because
 * that is how arXiv and BibTeX sources write titles and abstracts.  The
 * scanner cuts such text into tokens (see enum latex_tok): math spans,
 * commands, escaped specials and brace groups are TeX; everything else is
 * a literal character, which latex_put_text() escapes.
 */

/* How a symbol is spelt in TeX. */
enum latex_sym_mode {
	LATEX_SYM_TEXT,		/* a text-mode command or ligature */
	LATEX_SYM_MATH		/* a math-mode command */
};

struct latex_sym {
	int32_t			 cp;
	const char		*tex;	/* "\\ss", "--", "\\alpha" */
	enum latex_sym_mode	 mode;
	bool			 write_only; /* not read back: "'" for U+2019 */
};

/* The symbol for cp, or NULL. */
const struct latex_sym *latex_sym_by_cp(int32_t cp);
/*
 * The symbol spelt tex[0..len) in the given mode, or NULL; entries marked
 * write_only are never returned.  For a reader.
 */
const struct latex_sym *latex_sym_by_tex(const char *tex, size_t len,
	    enum latex_sym_mode mode);
/* The accent command ('"', 'c', ...) for a combining mark, or '\0'. */
char	 latex_accent_cmd(int32_t mark);
/* The combining mark of an accent command, or -1.  For a reader. */
int32_t	 latex_accent_mark(char cmd);

/* What latex_put_*() are asked to do. */
enum latex_flags {
	LATEX_ASCII = 1 << 0,	/* only ASCII out: TeX for everything else */
	LATEX_MATH = 1 << 1	/* the text is inside math mode */
};

/*
 * What could not be written in ASCII: characters with no TeX spelling
 * (CJK, for one), written as {\char"XXXX}.
 */
struct latex_loss {
	size_t	 n;
	int32_t	 first;
};

/*
 * Appends one character s[0..len) (a code point and any combining marks
 * after it) to out.  ASCII is written as it is, except the TeX specials
 * & % $ # _ { } ~ ^ \ which are escaped (\&, {\textasciitilde}, ...).
 * Other characters are written as they are, or with LATEX_ASCII as their
 * TeX spelling: a symbol, an accent command ({\"u}, {\c c}), the
 * compatibility decomposition when that has one (ﬁ -> fi), else
 * {\char"XXXX}, counted in loss.
 */
void	 latex_put_char(struct buf *out, const char *s, size_t len,
	    int flags, struct latex_loss *loss);
/*
 * Appends literal text s[0..len) to out, character by character as
 * latex_put_char() does, except that the escaped specials \& \% \$ \# \_
 * are kept and \{ \} are written as {\textbraceleft} {\textbraceright}.
 */
void	 latex_put_text(struct buf *out, const char *s, size_t len,
	    int flags, struct latex_loss *loss);
/*
 * Appends TeX source s[0..len) (a math span, a command and its
 * arguments) as it is, except that an unescaped % # & becomes \% \# \&
 * and, with LATEX_ASCII, other characters get their TeX spelling (in
 * math mode with LATEX_MATH).  Braces pass unchanged: the caller
 * guarantees that they balance.
 */
void	 latex_put_tex(struct buf *out, const char *s, size_t len,
	    int flags, struct latex_loss *loss);

/* The tokens of TeX-flavoured text. */
enum latex_tok {
	LATEX_TOK_END,
	LATEX_TOK_SPACE,	/* a run of white space */
	LATEX_TOK_CHAR,		/* literal characters (with their marks):
				   a run of them, or one brace */
	LATEX_TOK_ESCAPE,	/* \& \% \$ \# \_ and \, \; \! \: \/ \- \@ */
	LATEX_TOK_MATH,		/* $...$: closed, not empty, braces balance */
	LATEX_TOK_COMMAND,	/* \name{arg}..., \"o, \'{e}, \c c */
	LATEX_TOK_OPEN,		/* a brace that has its partner: a group */
	LATEX_TOK_CLOSE
};

/*
 * A scanner over one string: latex_scan_init(), latex_scan_next() until
 * LATEX_TOK_END, latex_scan_release().  Braces are TeX groups when they
 * pair up; a brace without a partner, a lone $, a backslash that starts
 * nothing, ~ and ^ are literal characters.
 */
struct latex_scan {
	const char	*s;
	size_t		 len;
	size_t		 pos;
	size_t		*rawmatch;	/* partner of each raw brace */
	bool		*group;		/* which braces are groups */
};

void	 latex_scan_init(struct latex_scan *, const char *s, size_t len);
void	 latex_scan_release(struct latex_scan *);
/*
 * The next token; *tok and *toklen are its bytes, borrowed from the
 * scanned string.
 */
enum latex_tok latex_scan_next(struct latex_scan *, const char **tok,
	    size_t *toklen);
/* How latex_put_all() writes. */
struct latex_opts {
	int		 flags;		/* enum latex_flags */
	bool		 protect_math;	/* {$x$}: BibTeX leaves its case */
	/*
	 * Writes a word, a run of characters and escapes between the other
	 * tokens, to out (with latex_put_text() and anything around it);
	 * NULL writes it with latex_put_text() alone.
	 */
	void		(*word)(struct buf *out, const char *w, size_t len,
			    const struct latex_opts *, struct latex_loss *);
	void		*arg;		/* for word() */
};

/*
 * Appends everything s[0..len) holds, token by token: words through
 * o->word, white space, escapes, math spans and groups as they are,
 * commands through latex_put_tex() inside braces of their own ({\TeX})
 * unless they open a group ({\em x}).  The braces written always balance.
 */
void	 latex_put_all(struct buf *out, const char *s, size_t len,
	    const struct latex_opts *o, struct latex_loss *loss);

/*
 * Reading: from the text of a BibTeX field to a record's text, the
 * reverse of latex_put_all() and of the writer's brace protection.
 */
enum latex_dec_flags {
	LATEX_DEC_TITLE = 1 << 0,	/* a title or venue: {$x$} is math
					   protected from case changes */
	LATEX_DEC_GROUPS = 1 << 1,	/* braces that group are TeX to keep
					   (abstracts), not case protection */
	LATEX_DEC_NAME = 1 << 2		/* a part of a name: \, is a space */
};

/*
 * Appends the reading of BibTeX field text s[0..len) (valid UTF-8, as
 * the reader checked) to out:
 *  - accents become combining marks on their letter ({\"u}, \"{u}, \"u,
 *    \c c, \'{\i}, {\^{\d e}}), to be composed by NFC; a symbol's TeX
 *    spelling (the table above, text mode, and a few more such as
 *    \textendash) becomes its character, {\char"XXXX} the code point,
 *    \TeX the word; a group around just one of these goes with it;
 *  - \& \% \# \_ become the character; \$ \{ \} stay escaped, as record
 *    text holds them (a $ or a brace would be math or a group there);
 *    ~ is a space, so are \\ and "\ "; \- \/ \@ \! are dropped; a
 *    backslash that starts nothing stays {\textbackslash} (\( is
 *    {\textbackslash}(), as does \textbackslash;
 *  - braces that group or protect case are removed ({LLM}), unless
 *    LATEX_DEC_GROUPS is set: then they are TeX the text keeps;
 *  - a math span $...$ is kept as it is; {$\alpha$} (how the writer
 *    spells a math symbol in text) becomes the symbol unless
 *    LATEX_DEC_TITLE is set, where the braces are case protection;
 *  - any other command (\emph{x}, \url{x}, {\em x}) is TeX the record
 *    keeps: copied with its arguments, and a group around no more than
 *    the command loses its braces ({\emph{x}} is \emph{x}); in a name
 *    (LATEX_DEC_NAME), which is plain text, it is dropped and its
 *    argument read ({\relax Th}omas is Thomas);
 *  - in prose (LATEX_DEC_TITLE or LATEX_DEC_GROUPS: titles, venues,
 *    abstracts) TeX's dash ligatures become the dashes they print: ---
 *    an em dash, -- an en dash; elsewhere (names, dates, numbers) and
 *    for the quote ligatures (`` '') the text stays as written.
 * An accent with no letter to go on is dropped (\"{1} is 1).  White
 * space is copied; the caller collapses it.  Work is linear in len:
 * accents nest at most 8 deep (deeper ones are dropped).
 */
void	 latex_decode(struct buf *out, const char *s, size_t len, int flags);

#endif /* LATEX_H */
