/*
 * Unit tests for src/json.c: the escapes of json_string() for quotes,
 * backslashes, each named control character, the other C0 controls and
 * DEL as \u00xx, a NUL inside the string, and UTF-8 and '/' passed
 * through unchanged.
 */
#include <string.h>

#include <check.h>

#include "buf.h"
#include "json.h"
#include "tests.h"

static void	 check_json(const char *, size_t, const char *);

/* Asserts that s[0..len) is written as the JSON string want. */
static void
check_json(const char *s, size_t len, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	json_string(&b, s, len);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

START_TEST(test_json_plain)
{
	check_json("", 0, "\"\"");
	check_json("Tensor Cores", 12, "\"Tensor Cores\"");
	check_json("a/b", 3, "\"a/b\"");
}
END_TEST

START_TEST(test_json_quote_backslash)
{
	check_json("say \"hi\"", 8, "\"say \\\"hi\\\"\"");
	check_json("O(n\\log n)", 10, "\"O(n\\\\log n)\"");
	check_json("\\\"", 2, "\"\\\\\\\"\"");
}
END_TEST

START_TEST(test_json_named_controls)
{
	check_json("\b\t\n\f\r", 5, "\"\\b\\t\\n\\f\\r\"");
	check_json("a\n\nb", 4, "\"a\\n\\nb\"");
}
END_TEST

START_TEST(test_json_other_controls)
{
	check_json("\x01", 1, "\"\\u0001\"");
	check_json("\x0b", 1, "\"\\u000b\"");
	check_json("\x1f", 1, "\"\\u001f\"");
	check_json("\x7f", 1, "\"\\u007f\"");
	check_json("a\0b", 3, "\"a\\u0000b\"");
	/* A space and a tilde are not controls. */
	check_json(" ~", 2, "\" ~\"");
}
END_TEST

START_TEST(test_json_utf8)
{
	const char	*s = "Rub\xC3\xA8n \xE6\xA8\xAA\xE7\x94\xB0 "
			    "\xE2\x80\xA8 \xF0\x9F\x98\x80";
	char		 want[64];

	/* Every byte at or above 0x80 goes out as it is, U+2028 too. */
	ck_assert_uint_lt(strlen(s) + 3, sizeof(want));
	want[0] = '"';
	strcpy(want + 1, s);
	strcat(want, "\"");
	check_json(s, strlen(s), want);
}
END_TEST

START_TEST(test_json_appends)
{
	struct buf	 b;

	buf_init(&b);
	buf_addstr(&b, "\"id\": ");
	json_string(&b, "k", 1);
	json_string(&b, "x\"", 1);
	ck_assert_str_eq(buf_str(&b), "\"id\": \"k\"\"x\"");
	buf_release(&b);
}
END_TEST

Suite *
json_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("json");
	tc = tcase_create("string");
	tcase_add_test(tc, test_json_plain);
	tcase_add_test(tc, test_json_quote_backslash);
	tcase_add_test(tc, test_json_named_controls);
	tcase_add_test(tc, test_json_other_controls);
	tcase_add_test(tc, test_json_utf8);
	tcase_add_test(tc, test_json_appends);
	suite_add_tcase(s, tc);
	return s;
}
