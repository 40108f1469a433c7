/* Unit tests for src/color.c: SGR sequences and widths that skip them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "color.h"
#include "diag.h"
#include "tests.h"

#define W(s)	color_width((s), strlen(s))

/* Only complete "ESC [ digits-and-semicolons m" sequences count. */
START_TEST(test_color_sgr_len)
{
	ck_assert_uint_eq(color_sgr_len("\033[0m", 4), 4);
	ck_assert_uint_eq(color_sgr_len("\033[1;33mx", 8), 7);
	ck_assert_uint_eq(color_sgr_len("\033[m", 3), 3);
	ck_assert_uint_eq(color_sgr_len("\033[1;33", 6), 0);	/* cut */
	ck_assert_uint_eq(color_sgr_len("\033[1;33m", 5), 0);	/* len */
	ck_assert_uint_eq(color_sgr_len("\033[2J", 4), 0);	/* not SGR */
	ck_assert_uint_eq(color_sgr_len("\033(B", 3), 0);
	ck_assert_uint_eq(color_sgr_len("[1m", 3), 0);
	ck_assert_uint_eq(color_sgr_len("", 0), 0);
}
END_TEST

/* The width counts what shows, wide characters as two, SGR as nothing. */
START_TEST(test_color_width)
{
	ck_assert_uint_eq(W("abc"), 3);
	ck_assert_uint_eq(W("\033[1mabc\033[0m"), 3);
	ck_assert_uint_eq(W("\033[36m2024-07-04\033[0m"), 10);
	ck_assert_uint_eq(W("a\033[1;33m\xE5\xB1\xB1\xE7\x94\xB0\033[0mb"), 6);
	ck_assert_uint_eq(W("\033[0m"), 0);
	ck_assert_uint_eq(W(""), 0);
	/* An incomplete sequence is text like any other. */
	ck_assert_uint_eq(W("\033[1"), 2);
	/* Every role starts with a sequence of no width, or nothing. */
	ck_assert_uint_eq(W(color_start(true, COLOR_HEADING)), 0);
	ck_assert_uint_eq(W(color_start(true, COLOR_DATE)), 0);
	ck_assert_uint_eq(W(color_start(true, COLOR_OWNER)), 0);
	ck_assert_uint_eq(W(color_end(true)), 0);
	ck_assert_str_eq(color_start(false, COLOR_OWNER), "");
	ck_assert_str_eq(color_end(false), "");
}
END_TEST

/*
 * --color: always and never whatever the environment; auto never on a
 * descriptor that is not a terminal, and never with NO_COLOR set.
 */
START_TEST(test_color_option)
{
	FILE	*null = fopen("/dev/null", "w");
	int	 fd = fileno(null);
	bool	 on = false;

	setenv("NO_COLOR", "1", 1);
	ck_assert(color_option("always", "list", fd, &on));
	ck_assert(on);
	ck_assert(color_option("never", "list", fd, &on));
	ck_assert(!on);
	ck_assert(color_option("always", "list", fd, &on));
	ck_assert(color_option("auto", "list", fd, &on));
	ck_assert(!on);
	unsetenv("NO_COLOR");
	ck_assert(!color_auto(fd));
	diag_reset(null);
	on = true;
	ck_assert(!color_option("yes", "list", fd, &on));
	ck_assert(!color_option("", "list", fd, &on));
	ck_assert(on);
	diag_reset(NULL);
	fclose(null);
}
END_TEST

Suite *
color_suite(void)
{
	Suite	*s = suite_create("color");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_color_sgr_len);
	tcase_add_test(tc, test_color_width);
	tcase_add_test(tc, test_color_option);
	suite_add_tcase(s, tc);
	return s;
}
