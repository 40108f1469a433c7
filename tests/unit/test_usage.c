/* Unit tests for src/usage.c: choices and typo suggestions. */
#include <check.h>

#include "tests.h"
#include "usage.h"

static const char *const commands[] = {
	"import", "list", "filter", "cite", "stats", "help", NULL
};

/* One or two slips (a swap counts one) find the command. */
START_TEST(test_usage_suggest)
{
	ck_assert_str_eq(usage_suggest("lsit", commands), "list");
	ck_assert_str_eq(usage_suggest("lst", commands), "list");
	ck_assert_str_eq(usage_suggest("stat", commands), "stats");
	ck_assert_str_eq(usage_suggest("imprt", commands), "import");
	ck_assert_str_eq(usage_suggest("filtre", commands), "filter");
	ck_assert_str_eq(usage_suggest("hlep", commands), "help");
	ck_assert_ptr_null(usage_suggest("LIST", commands));
	/* Too far, or too short to tell. */
	ck_assert_ptr_null(usage_suggest("frobnicate", commands));
	ck_assert_ptr_null(usage_suggest("l", commands));
	ck_assert_ptr_null(usage_suggest("", commands));
	ck_assert_ptr_null(usage_suggest("xy", commands));
}
END_TEST

START_TEST(test_usage_choice)
{
	ck_assert_int_eq(usage_choice("filter", commands), 2);
	ck_assert_int_eq(usage_choice("filte", commands), -1);
}
END_TEST

Suite *
usage_suite(void)
{
	Suite	*s = suite_create("usage");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_usage_suggest);
	tcase_add_test(tc, test_usage_choice);
	suite_add_tcase(s, tc);
	return s;
}
