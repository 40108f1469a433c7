/*
 * Unit tests for src/escape.c: Markdown escaping of every markup
 * character, of list and heading markers only at the start, of a colon
 * only where it could open an emoji shortcode, and of tabs and line
 * feeds; HTML escaping of the five special characters, of C1 controls
 * and noncharacters, with other UTF-8 (CJK, right-to-left) unchanged;
 * percent-encoding of identifiers and whole URLs.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "buf.h"
#include "escape.h"
#include "tests.h"

static void	 check_md(const char *, const char *);
static void	 check_html(const char *, const char *);
static void	 check_url(const char *, enum escape_url_kind, const char *);

static void
check_md(const char *in, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	escape_markdown(&b, in);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

static void
check_html(const char *in, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	escape_html(&b, in);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

static void
check_url(const char *in, enum escape_url_kind kind, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	escape_url(&b, in, kind);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

START_TEST(test_md_plain)
{
	check_md("", "");
	check_md("Plain Title, With (Parentheses) and \"Quotes\" - OK!",
	    "Plain Title, With (Parentheses) and \"Quotes\" - OK!");
	check_md("Takeuchi's Criteria: A Study", "Takeuchi's Criteria: A Study");
	check_md("分散学習のための通信圧縮", "分散学習のための通信圧縮");
	check_md("שלום עולם", "שלום עולם");
}
END_TEST

START_TEST(test_md_markup)
{
	check_md("*bold* _em_ `code`", "\\*bold\\* \\_em\\_ \\`code\\`");
	check_md("[link](http://x)", "\\[link\\](http://x)");
	check_md("![img](x)", "!\\[img\\](x)");
	check_md("<b>tag</b> & &amp;", "\\<b\\>tag\\</b\\> \\& \\&amp;");
	check_md("a\\b", "a\\\\b");
	check_md("# Not a heading #", "\\# Not a heading \\#");
	check_md("{#id} ~sub~ ^sup^ $x$ @cite a|b",
	    "\\{\\#id\\} \\~sub\\~ \\^sup\\^ \\$x\\$ \\@cite a\\|b");
}
END_TEST

START_TEST(test_md_start)
{
	check_md("1. First", "1\\. First");
	check_md("2024) Year", "2024\\) Year");
	check_md("- dash", "\\- dash");
	check_md("+ plus", "\\+ plus");
	check_md("=== rule", "\\=== rule");
	/* Only at the start. */
	check_md("Part 1. Two - three + four = 5)",
	    "Part 1. Two - three + four = 5)");
	check_md("1.5x Faster", "1\\.5x Faster");
	check_md("2026 · 1 paper", "2026 · 1 paper");
	check_md("2019-06-01", "2019-06-01");
}
END_TEST

START_TEST(test_md_colon_space)
{
	check_md(":smile: face", "\\:smile: face");
	check_md("BERT: Pre-training", "BERT: Pre-training");
	check_md("a:-b :+1: x:_y", "a\\:-b \\:+1: x\\:\\_y");
	check_md("line\none\ttab", "line one tab");
}
END_TEST

START_TEST(test_html_special)
{
	check_html("", "");
	check_html("<script>alert(\"x\" & 'y')</script>",
	    "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)"
	    "&lt;/script&gt;");
	check_html("&amp;", "&amp;amp;");
	check_html("分散 עברית Rubèn", "分散 עברית Rubèn");
}
END_TEST

START_TEST(test_html_forbidden)
{
	/* NEL (U+0085), U+FDD0, U+1FFFF; U+00A0 and U+FFFD stay. */
	check_html("a\xC2\x85" "b", "a\xEF\xBF\xBD" "b");
	check_html("\xEF\xB7\x90", "\xEF\xBF\xBD");
	check_html("\xF0\x9F\xBF\xBF", "\xEF\xBF\xBD");
	check_html("\xC2\xA0\xEF\xBF\xBD", "\xC2\xA0\xEF\xBF\xBD");
	check_html("bad \xFF byte", "bad \xEF\xBF\xBD byte");
}
END_TEST

START_TEST(test_url)
{
	check_url("10.1000/182", ESCAPE_URL_ID, "10.1000/182");
	check_url("10.1002/(SICI)1097-4571 x<y>\"#?%",
	    ESCAPE_URL_ID,
	    "10.1002/%28SICI%291097-4571%20x%3Cy%3E%22%23%3F%25");
	check_url("https://x.org/a b?q=1&r=[2]#f%20", ESCAPE_URL_WHOLE,
	    "https://x.org/a%20b?q=1&r=%5B2%5D#f%20");
	check_url("é\\`", ESCAPE_URL_ID, "%C3%A9%5C%60");
}
END_TEST

Suite *
escape_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("escape");
	tc = tcase_create("core");
	tcase_add_test(tc, test_md_plain);
	tcase_add_test(tc, test_md_markup);
	tcase_add_test(tc, test_md_start);
	tcase_add_test(tc, test_md_colon_space);
	tcase_add_test(tc, test_html_special);
	tcase_add_test(tc, test_html_forbidden);
	tcase_add_test(tc, test_url);
	suite_add_tcase(s, tc);
	return s;
}
