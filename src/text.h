#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct buf;

/* What text_check() found wrong with a byte string. */
enum text_fault {
	TEXT_OK,
	TEXT_BAD_UTF8,
	TEXT_NUL,
	TEXT_CONTROL	/* C0 but TAB, LF; DEL; C1 but NEL; U+FFFE/F */
};

/*
 * Checks that s[0..len) is valid UTF-8 without NUL bytes or control
 * characters.  On a fault, *off is the byte offset of the bad sequence.
 */
enum text_fault text_check(const char *s, size_t len, size_t *off);
/*
 * Appends what is wrong to out: "invalid UTF-8 (byte 0xFF)", "NUL byte",
 * "control character (byte 0x01)", "control character (U+0080)"; at
 * points at the offending sequence, with len bytes after it.
 */
void	 text_describe(struct buf *out, enum text_fault, const char *at,
	    size_t len);
/* Is every byte ASCII? */
bool	 text_is_ascii(const char *s, size_t len);
/*
 * Is cp a Unicode hyphen or dash that may join a range (U+2010 to U+2014,
 * U+2212 minus)?  The ASCII hyphen is not one of them.
 */
bool	 text_is_dash(int32_t cp);
/* Is s NULL, or nothing but spaces, tabs and line breaks? */
bool	 text_is_blank(const char *s);
/*
 * Decodes the code point at s (len > 0), storing it in *cp; returns the
 * number of bytes, or -1 for invalid UTF-8.
 */
int	 text_next(const char *s, size_t len, int32_t *cp);
/* The 1-based column (in code points) of byte offset off in s. */
unsigned long text_col(const char *s, size_t off);
/* Display width in terminal columns (CJK is 2, combining marks 0). */
size_t	 text_width(const char *s, size_t len);
int	 text_cpwidth(int32_t cp);
/*
 * The NFC form of valid UTF-8 s[0..len), with runs of white space
 * collapsed to one space and trimmed at both ends when collapse is set.
 * Borrowed from the arena.
 */
char	*text_nfc(struct arena *, const char *s, size_t len, bool collapse);
/*
 * Is valid UTF-8 s[0..len) what text_nfc() makes of it: in NFC and, when
 * collapse is set, with no space at either end, no two in a row, no TAB,
 * CR or LF?  False when unsure.
 */
bool	 text_is_final(const char *s, size_t len, bool collapse);
/*
 * Appends the NFKC case fold of s to out, keeping only letters, marks,
 * digits and symbols: the identity used to recognise one title written
 * two ways.
 */
void	 text_identity(struct buf *out, const char *s);
/* Appends the case fold of s to out (for case-insensitive sorting). */
void	 text_fold(struct buf *out, const char *s);
/*
 * Appends s folded to lower-case ASCII letters and digits only:
 * "Rubèn" -> "ruben", "Łukasz" -> "lukasz", "Straße" -> "strasse".
 * Characters with no ASCII form are dropped.
 */
void	 text_ascii_fold(struct buf *out, const char *s, size_t len);
/* Is cp an upper-case or title-case letter ("A", "É", "ǅ")? */
bool	 text_is_upper(int32_t cp);
/* Is cp a letter or a digit, in any script? */
bool	 text_is_alnum(int32_t cp);
/* Is cp a combining mark (U+0301, U+0308, ...)? */
bool	 text_is_mark(int32_t cp);
/*
 * Decomposes the one code point cp: its canonical decomposition, or its
 * compatibility decomposition when compat is set, as a base character
 * followed by combining marks ("é" -> "e" U+0301, "ﬁ" -> "fi" with
 * compat).  Stores up to max code points in out and returns how many
 * there are (1 when cp does not decompose), or 0 for an invalid cp or
 * when they do not fit.
 */
size_t	 text_decompose(int32_t cp, bool compat, int32_t *out, size_t max);
/*
 * Appends n in decimal with at least width digits, zeros in front, as
 * printf("%0*ld", width, n) does (width at most 20), for hot paths
 * where printf() costs more than the rest of the work.
 */
void	 text_add_int(struct buf *out, long n, int width);
/* The library's version string, e.g. "2.8.0". */
const char *text_lib_version(void);

/*
 * Appends s folded for searching: compatibility-decomposed, accents
 * stripped, case-folded, every run of spaces and punctuation turned into
 * one space, trimmed.  "Rubèn  Tito" and "ruben-tito" both give
 * "ruben tito".
 */
void	 text_search_fold(struct buf *out, const char *s);

/*
 * Appends the form of a name (or a part of one) under which spellings of
 * it compare equal: its letters and digits only, case-folded, and, when
 * every letter has an ASCII form, with accents stripped and folded to
 * ASCII as text_ascii_fold() does ("Rubèn" -> "ruben", "Øster" ->
 * "oster", "Ben-Nun" -> "bennun"); otherwise the case fold of its
 * letters, marks and digits, so that names in Han, kana or Hangul keep
 * every character ("やまだ" does not become "やまた").
 */
void	 text_name_fold(struct buf *out, const char *s, size_t len);

#endif /* TEXT_H */
