/* Unit tests for src/text.c, the UTF-8 helpers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <utf8proc.h>

#include "arena.h"
#include "buf.h"
#include "tests.h"
#include "text.h"

static enum text_fault check(const char *, size_t, size_t *);
static void	 check_fold(void (*)(struct buf *, const char *), const char *,
		    const char *);
static void	 ascii_fold(struct buf *, const char *);

/* Runs text_check() on s[0..len) and returns the fault and offset. */
static enum text_fault
check(const char *s, size_t len, size_t *off)
{
	*off = (size_t)-1;
	return text_check(s, len, off);
}

START_TEST(test_text_check_ok)
{
	size_t	 off;

	ck_assert_int_eq(check("", 0, &off), TEXT_OK);
	ck_assert_int_eq(check("plain ASCII", 11, &off), TEXT_OK);
	ck_assert_int_eq(check("tab\tand\nnewline", 15, &off), TEXT_OK);
	/* é, 日, U+1F600, U+10FFFF */
	ck_assert_int_eq(check("\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80"
	    "\xF4\x8F\xBF\xBF", 13, &off), TEXT_OK);
	ck_assert_uint_eq(off, (size_t)-1);
}
END_TEST

/* Each fault with the byte offset of the bad sequence. */
START_TEST(test_text_check_faults)
{
	size_t	 off;

	ck_assert_int_eq(check("ab\xFF" "cd", 5, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 2);
	/* a lone continuation byte after a good two-byte sequence */
	ck_assert_int_eq(check("\xC3\xA9\x80", 3, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 2);
	/* overlong NUL */
	ck_assert_int_eq(check("x\xC0\x80", 3, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 1);
	/* a UTF-16 surrogate */
	ck_assert_int_eq(check("\xED\xA0\x80", 3, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 0);
	/* beyond U+10FFFF */
	ck_assert_int_eq(check("\xF4\x90\x80\x80", 4, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 0);
	/* a sequence cut short by the end of the string */
	ck_assert_int_eq(check("abc\xE2\x82", 5, &off), TEXT_BAD_UTF8);
	ck_assert_uint_eq(off, 3);
	ck_assert_int_eq(check("a\0b", 3, &off), TEXT_NUL);
	ck_assert_uint_eq(off, 1);
	ck_assert_int_eq(check("ab\r\n", 4, &off), TEXT_CONTROL);
	ck_assert_uint_eq(off, 2);
	ck_assert_int_eq(check("\x1B[0m", 4, &off), TEXT_CONTROL);
	ck_assert_uint_eq(off, 0);
	ck_assert_int_eq(check("del\x7F", 4, &off), TEXT_CONTROL);
	ck_assert_uint_eq(off, 3);
	/* the first fault wins */
	ck_assert_int_eq(check("\xC3\xA9\x01\xFF", 4, &off), TEXT_CONTROL);
	ck_assert_uint_eq(off, 2);
}
END_TEST

START_TEST(test_text_next_ascii)
{
	int32_t	 cp;

	ck_assert(text_is_ascii("abc ~\x7F", 6));
	ck_assert(!text_is_ascii("ab\xC3\xA9", 4));
	ck_assert_int_eq(text_next("A", 1, &cp), 1);
	ck_assert_int_eq(cp, 'A');
	ck_assert_int_eq(text_next("\xC3\xA9x", 3, &cp), 2);
	ck_assert_int_eq(cp, 0xE9);
	ck_assert_int_eq(text_next("\xE6\x97\xA5", 3, &cp), 3);
	ck_assert_int_eq(cp, 0x65E5);
	ck_assert_int_eq(text_next("\xF0\x9F\x98\x80", 4, &cp), 4);
	ck_assert_int_eq(cp, 0x1F600);
	ck_assert_int_eq(text_next("\xFF", 1, &cp), -1);
	ck_assert_int_eq(text_next("\xE6\x97", 2, &cp), -1);
}
END_TEST

/* Columns count code points from 1. */
START_TEST(test_text_col)
{
	/* a, é (2 bytes), 日 (3 bytes), x */
	const char	*s = "a\xC3\xA9\xE6\x97\xA5x";

	ck_assert_uint_eq(text_col(s, 0), 1);
	ck_assert_uint_eq(text_col(s, 1), 2);
	ck_assert_uint_eq(text_col(s, 3), 3);
	ck_assert_uint_eq(text_col(s, 6), 4);
	ck_assert_uint_eq(text_col(s, 7), 5);
}
END_TEST

/* Terminal columns: CJK and emoji 2, combining marks 0. */
START_TEST(test_text_width)
{
	ck_assert_uint_eq(text_width("", 0), 0);
	ck_assert_uint_eq(text_width("abc", 3), 3);
	ck_assert_uint_eq(text_width("\xE6\x97\xA5\xE6\x9C\xAC", 6), 4);
	ck_assert_uint_eq(text_width("e\xCC\x81", 3), 1);
	ck_assert_uint_eq(text_width("\xC3\xA9", 2), 1);
	ck_assert_uint_eq(text_width("\xF0\x9F\x98\x80", 4), 2);
	/* fullwidth A, then "b" */
	ck_assert_uint_eq(text_width("\xEF\xBC\xA1" "b", 4), 3);
	/* an invalid byte counts one column */
	ck_assert_uint_eq(text_width("a\xFF" "b", 3), 3);
	ck_assert_int_eq(text_cpwidth(0x4E00), 2);
	ck_assert_int_eq(text_cpwidth(0x0301), 0);
	ck_assert_int_eq(text_cpwidth('x'), 1);
}
END_TEST

/* NFC composes; collapse squeezes and trims white space. */
START_TEST(test_text_nfc)
{
	struct arena	 a;
	const char	*s;

	arena_init(&a);
	s = "Caf" "e\xCC\x81";
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), false), "Caf\xC3\xA9");
	/* A + ring above -> U+00C5; Hangul jamo -> one syllable */
	s = "A\xCC\x8A \xE1\x84\x80\xE1\x85\xA1";
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), false),
	    "\xC3\x85 \xEA\xB0\x80");
	/* NFC keeps compatibility characters such as the ligature fi */
	ck_assert_str_eq(text_nfc(&a, "\xEF\xAC\x81", 3, false),
	    "\xEF\xAC\x81");
	s = "  a \t b\n\n c\r ";
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), true), "a b c");
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), false), s);
	s = " \t\n ";
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), true), "");
	s = "  e\xCC\x81t\xC3\xA9   d\xC3\xA9j\xC3\xA0 ";
	ck_assert_str_eq(text_nfc(&a, s, strlen(s), true),
	    "\xC3\xA9t\xC3\xA9 d\xC3\xA9j\xC3\xA0");
	/* only the given length is read */
	ck_assert_str_eq(text_nfc(&a, "abcdef", 3, true), "abc");
	arena_release(&a);
}
END_TEST

/* Appends f(s) to a fresh buffer and compares with want. */
static void
check_fold(void (*f)(struct buf *, const char *), const char *s,
    const char *want)
{
	struct buf	 b;

	buf_init(&b);
	f(&b, s);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

/* text_ascii_fold() with the string's own length. */
static void
ascii_fold(struct buf *b, const char *s)
{
	text_ascii_fold(b, s, strlen(s));
}

/* UTF-8 for code point cp into out; returns the length. */
static size_t
put_utf8(char *out, int32_t cp)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}
/*
 * Long ASCII runs are checked a block at a time: a fault is found, at
 * its offset, wherever it stands in or after the words.
 */
START_TEST(test_text_check_words)
{
	static const char *const bad[] = { "\xFF", "\x01", "\x7F", "\xC2\x80",
	    "\xE2\x82", "\0" };
	static const enum text_fault want[] = { TEXT_BAD_UTF8, TEXT_CONTROL,
	    TEXT_CONTROL, TEXT_CONTROL, TEXT_BAD_UTF8, TEXT_NUL };
	char	 in[64];
	size_t	 i, at, n, off;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		for (at = 0; at < 40; at++) {
			n = bad[i][0] == '\0' ? 1 : strlen(bad[i]);
			memset(in, 'a', sizeof(in));
			memcpy(in + at, bad[i], n);
			ck_assert_int_eq(check(in, at + n + 9, &off), want[i]);
			ck_assert_uint_eq(off, at);
			ck_assert_int_eq(check(in, at, &off), TEXT_OK);
		}
}
END_TEST

/*
 * A copy of text that needs no collapsing is found a block at a time:
 * white space anywhere around the block boundaries is still collapsed.
 */
START_TEST(test_text_nfc_collapse_words)
{
	static const char *const ws[] = { "  ", " \t", "\n", " \r\n " };
	static const char	 letters[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN";
	struct arena	 a;
	struct buf	 in, want;
	size_t		 i, at;

	arena_init(&a);
	buf_init(&in);
	buf_init(&want);
	for (i = 0; i < sizeof(ws) / sizeof(ws[0]); i++)
		for (at = 1; at < 40; at++) {
			buf_reset(&in);
			buf_reset(&want);
			buf_add(&in, letters, at);
			buf_add(&want, letters, at);
			buf_addstr(&in, ws[i]);
			buf_addc(&want, ' ');
			buf_addstr(&in, "uvwxyz0123456789");
			buf_addstr(&want, "uvwxyz0123456789");
			ck_assert_str_eq(text_nfc(&a, in.data, in.len, true),
			    want.data);
			ck_assert_str_eq(text_nfc(&a, in.data, in.len, false),
			    in.data);
		}
	ck_assert_str_eq(text_nfc(&a, " abcdefgh ij ", 13, true),
	    "abcdefgh ij");
	buf_release(&in);
	buf_release(&want);
	arena_release(&a);
}
END_TEST

START_TEST(test_text_add_int)
{
	struct buf	 b;

	buf_init(&b);
	text_add_int(&b, 0, 0);
	buf_addc(&b, ',');
	text_add_int(&b, 7, 4);
	buf_addc(&b, ',');
	text_add_int(&b, 2011, 4);
	buf_addc(&b, ',');
	text_add_int(&b, 123456, 4);
	buf_addc(&b, ',');
	text_add_int(&b, -42, 0);
	buf_addc(&b, ',');
	text_add_int(&b, -2147483647L - 1, 0);
	ck_assert_str_eq(b.data, "0,0007,2011,123456,-42,-2147483648");
	buf_release(&b);
}
END_TEST

/*
 * text_nfc() skips utf8proc for text it knows to be NFC already: every
 * BMP code point, after a Latin letter and after a Hangul leading jamo,
 * and before a combining mark, gives what utf8proc_map() gives.
 */
START_TEST(test_text_nfc_fast_path)
{
	static const int32_t	 before[] = { 'e', 0x1100, 0x00E9 };
	static const int32_t	 after[] = { 'x', 0x0301, 0x1161 };
	struct arena		 a;
	utf8proc_uint8_t	*want;
	char			 in[16];
	size_t			 i, j, len;
	int32_t			 cp;

	arena_init(&a);
	for (cp = 0x80; cp < 0x10000; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		for (i = 0; i < 3; i++)
			for (j = 0; j < 3; j++) {
				len = put_utf8(in, before[i]);
				len += put_utf8(in + len, cp);
				len += put_utf8(in + len, after[j]);
				in[len] = '\0';
				ck_assert(utf8proc_map((utf8proc_uint8_t *)in,
				    (utf8proc_ssize_t)len, &want,
				    UTF8PROC_STABLE | UTF8PROC_COMPOSE) >= 0);
				ck_assert_str_eq(text_nfc(&a, in, len, false),
				    (const char *)want);
				free(want);
			}
		arena_reset(&a);
	}
	arena_release(&a);
}
END_TEST

START_TEST(test_text_ascii_fold)
{
	check_fold(ascii_fold, "Rub\xC3\xA8n", "ruben");
	check_fold(ascii_fold, "\xC5\x81ukasz", "lukasz");
	check_fold(ascii_fold, "M\xC3\xBCller", "muller");
	check_fold(ascii_fold, "Stra\xC3\x9F" "e", "strasse");
	check_fold(ascii_fold, "\xC3\x98stergaard", "ostergaard");
	check_fold(ascii_fold, "\xC3\x86sir", "aesir");
	check_fold(ascii_fold, "Le Bronnec", "lebronnec");
	check_fold(ascii_fold, "LLM-jp", "llmjp");
	check_fold(ascii_fold, "O'Brien 2nd", "obrien2nd");
	check_fold(ascii_fold, "\xE6\x97\xA5\xE6\x9C\xAC", "");
	check_fold(ascii_fold, "", "");
}
END_TEST

/* The identity of a title ignores case, punctuation, space, NFKC forms. */
START_TEST(test_text_identity_fold)
{
	check_fold(text_identity, "Fast Multipole Method",
	    "fastmultipolemethod");
	check_fold(text_identity, "FAST-multipole  method!",
	    "fastmultipolemethod");
	check_fold(text_identity, "De\xEF\xAC\x81ning", "defining");
	check_fold(text_identity, "\xEF\xBC\xA6MM", "fmm");
	check_fold(text_identity, "C++ & O(N)", "c++on");
	check_fold(text_identity, "Stra\xC3\x9F" "e", "strasse");
	check_fold(text_fold, "Stra\xC3\x9F" "e ABC", "strasse abc");
	check_fold(text_fold, "\xC3\x89T\xC3\x89", "\xC3\xA9t\xC3\xA9");
}
END_TEST

Suite *
text_suite(void)
{
	Suite	*s = suite_create("text");
	TCase	*tc = tcase_create("core");

	/* The NFC check walks every BMP code point: slow under sanitizers. */
	tcase_set_timeout(tc, 60);

	tcase_add_test(tc, test_text_check_ok);
	tcase_add_test(tc, test_text_check_faults);
	tcase_add_test(tc, test_text_check_words);
	tcase_add_test(tc, test_text_nfc_collapse_words);
	tcase_add_test(tc, test_text_add_int);
	tcase_add_test(tc, test_text_next_ascii);
	tcase_add_test(tc, test_text_col);
	tcase_add_test(tc, test_text_width);
	tcase_add_test(tc, test_text_nfc);
	tcase_add_test(tc, test_text_nfc_fast_path);
	tcase_add_test(tc, test_text_ascii_fold);
	tcase_add_test(tc, test_text_identity_fold);
	suite_add_tcase(s, tc);
	return s;
}
