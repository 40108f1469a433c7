/* Unit tests for src/date.c: parsing, year resolution, the as-of date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "date.h"
#include "diag.h"
#include "tests.h"

static void	 check_parse(const char *, int, int, int);
static char	*run_asof(const char *, const char *, struct ymd *, bool *);

/* Asserts that s parses to exactly y-m-d. */
static void
check_parse(const char *s, int y, int m, int d)
{
	struct ymd	 v;

	ck_assert_msg(date_parse(s, &v), "'%s' was rejected", s);
	ck_assert_int_eq(v.y, y);
	ck_assert_int_eq(v.m, m);
	ck_assert_int_eq(v.d, d);
}

START_TEST(test_date_parse_accepted)
{
	check_parse("2024", 2024, 0, 0);
	check_parse("2019-06", 2019, 6, 0);
	check_parse("2024-07-04", 2024, 7, 4);
	check_parse("0001-01-01", 1, 1, 1);
	check_parse("9999-12-31", 9999, 12, 31);
	check_parse("2024-02-29", 2024, 2, 29);
	check_parse("2000-02-29", 2000, 2, 29);
	check_parse("2023-04-30", 2023, 4, 30);
}
END_TEST

START_TEST(test_date_parse_rejected)
{
	static const char *const bad[] = {
		"", "202", "20245", "0000", "abcd", "2024-", "2024-7",
		"2024-00", "2024-13", "2024-1a", "2024/07", "2024-07-4",
		"2024-07-00", "2024-07-32", "2024-04-31", "2023-02-29",
		"1900-02-29", "2100-02-29", "2024-07-04x", "2024-07-04 ",
		" 2024", "+2024", "20240704", "2024-07/04", "-024-01-01",
		"2024-02-3\xC3\xA9"
	};
	struct ymd	 v;
	size_t		 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(!date_parse(bad[i], &v), "'%s' was accepted",
		    bad[i]);
}
END_TEST

START_TEST(test_date_leap)
{
	ck_assert(date_is_leap(2024));
	ck_assert(date_is_leap(2000));
	ck_assert(!date_is_leap(1900));
	ck_assert(!date_is_leap(2100));
	ck_assert(!date_is_leap(2023));
	ck_assert_int_eq(date_days_in_month(2024, 2), 29);
	ck_assert_int_eq(date_days_in_month(2023, 2), 28);
	ck_assert_int_eq(date_days_in_month(2023, 1), 31);
	ck_assert_int_eq(date_days_in_month(2023, 4), 30);
	ck_assert_int_eq(date_days_in_month(2023, 12), 31);
	ck_assert_int_eq(date_days_in_month(2023, 0), 0);
	ck_assert_int_eq(date_days_in_month(2023, 13), 0);
}
END_TEST

/* Each precision is written at its own length. */
START_TEST(test_date_format)
{
	struct ymd	 d;
	char		 out[16];

	d.y = 2024, d.m = 7, d.d = 4;
	date_format(&d, out, sizeof(out));
	ck_assert_str_eq(out, "2024-07-04");
	d.d = 0;
	date_format(&d, out, sizeof(out));
	ck_assert_str_eq(out, "2024-07");
	d.m = 0;
	date_format(&d, out, sizeof(out));
	ck_assert_str_eq(out, "2024");
	d.y = 33, d.m = 1, d.d = 2;
	date_format(&d, out, sizeof(out));
	ck_assert_str_eq(out, "0033-01-02");
}
END_TEST

START_TEST(test_date_cmp)
{
	struct ymd	 a = { 2024, 7, 4 }, b = { 2024, 7, 5 };
	struct ymd	 c = { 2024, 8, 1 }, d = { 2025, 1, 1 };

	ck_assert_int_eq(date_cmp(&a, &a), 0);
	ck_assert_int_eq(date_cmp(&a, &b), -1);
	ck_assert_int_eq(date_cmp(&b, &a), 1);
	ck_assert_int_eq(date_cmp(&b, &c), -1);
	ck_assert_int_eq(date_cmp(&d, &c), 1);
}
END_TEST

/* Month names in full, as abbreviations and "Sept", in any case. */
START_TEST(test_date_month)
{
	static const char *const full[12] = {
		"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November",
		"December"
	};
	static const char *const abbr[12] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
		"oct", "nov", "dec"
	};
	static const char *const bad[] = {
		"", "M", "Ma", "Foo", "Janu", "Febr", "Mayy", "Junee", "Sep.",
		"Septe", "Octobe", "Decembers", "Mai", "Okt"
	};
	size_t	 i;

	for (i = 0; i < 12; i++) {
		ck_assert_int_eq(date_month(full[i], strlen(full[i])), i + 1);
		ck_assert_int_eq(date_month(full[i], 3), i + 1);
		ck_assert_int_eq(date_month(abbr[i], 3), i + 1);
		ck_assert_str_eq(date_month_abbr((int)i + 1), abbr[i]);
	}
	ck_assert_int_eq(date_month("MAY", 3), 5);
	ck_assert_int_eq(date_month("sEPTEMBER", 9), 9);
	ck_assert_int_eq(date_month("Sept", 4), 9);
	/* only len bytes are looked at */
	ck_assert_int_eq(date_month("Nov 26", 3), 11);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(date_month(bad[i], strlen(bad[i])) == 0,
		    "'%s' taken for a month", bad[i]);
	ck_assert_ptr_null(date_month_abbr(0));
	ck_assert_ptr_null(date_month_abbr(13));
}
END_TEST

/* The latest such day on or before the as-of date. */
START_TEST(test_date_resolve_year)
{
	struct ymd	 asof = { 2026, 11, 26 };
	struct ymd	 leap = { 2024, 2, 29 };
	struct ymd	 newyear = { 2027, 1, 1 };

	ck_assert_int_eq(date_resolve_year(5, 27, &asof), 2026);
	ck_assert_int_eq(date_resolve_year(11, 26, &asof), 2026);
	ck_assert_int_eq(date_resolve_year(11, 27, &asof), 2025);
	ck_assert_int_eq(date_resolve_year(12, 3, &asof), 2025);
	ck_assert_int_eq(date_resolve_year(1, 1, &asof), 2026);
	ck_assert_int_eq(date_resolve_year(2, 29, &asof), 2024);
	ck_assert_int_eq(date_resolve_year(2, 29, &leap), 2024);
	ck_assert_int_eq(date_resolve_year(2, 29, &newyear), 2024);
	ck_assert_int_eq(date_resolve_year(12, 31, &newyear), 2026);
	ck_assert_int_eq(date_resolve_year(1, 1, &newyear), 2027);
	/* days that never exist */
	ck_assert_int_eq(date_resolve_year(2, 30, &asof), 0);
	ck_assert_int_eq(date_resolve_year(4, 31, &asof), 0);
	ck_assert_int_eq(date_resolve_year(13, 1, &asof), 0);
	ck_assert_int_eq(date_resolve_year(0, 1, &asof), 0);
	ck_assert_int_eq(date_resolve_year(1, 0, &asof), 0);
	ck_assert_int_eq(date_resolve_year(1, 32, &asof), 0);
}
END_TEST

/*
 * Runs date_asof() with SOURCE_DATE_EPOCH set to env (unset when NULL),
 * storing its result in *ok; returns the diagnostics (free()).  The
 * environment variable is unset again afterwards.
 */
static char *
run_asof(const char *opt, const char *env, struct ymd *d, bool *ok)
{
	FILE	*fp;
	char	*msg = NULL;
	size_t	 len;

	if (env != NULL)
		ck_assert_int_eq(setenv("SOURCE_DATE_EPOCH", env, 1), 0);
	else
		ck_assert_int_eq(unsetenv("SOURCE_DATE_EPOCH"), 0);
	fp = open_memstream(&msg, &len);
	ck_assert_ptr_nonnull(fp);
	diag_reset(fp);
	d->y = d->m = d->d = -1;
	*ok = date_asof(opt, d);
	/* A usage problem is not a data error: the caller exits 2. */
	ck_assert_int_eq(diag_status(), EXIT_OK);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(fp), 0);
	unsetenv("SOURCE_DATE_EPOCH");
	return msg;
}

START_TEST(test_date_asof_option)
{
	struct ymd	 d;
	char		*msg;
	bool		 ok;

	/* the option wins over the environment */
	msg = run_asof("2026-11-26", "0", &d, &ok);
	ck_assert(ok);
	ck_assert_int_eq(d.y, 2026);
	ck_assert_int_eq(d.m, 11);
	ck_assert_int_eq(d.d, 26);
	ck_assert_str_eq(msg, "");
	free(msg);

	msg = run_asof("2026-11", NULL, &d, &ok);
	ck_assert(!ok);
	ck_assert_str_eq(msg, "pubtool: invalid --as-of date '2026-11' "
	    "(expected YYYY-MM-DD)\n");
	free(msg);
	msg = run_asof("2026-02-30", NULL, &d, &ok);
	ck_assert(!ok);
	ck_assert_str_eq(msg, "pubtool: invalid --as-of date '2026-02-30' "
	    "(expected YYYY-MM-DD)\n");
	free(msg);
	msg = run_asof("tomorrow", "0", &d, &ok);
	ck_assert(!ok);
	ck_assert_str_eq(msg, "pubtool: invalid --as-of date 'tomorrow' "
	    "(expected YYYY-MM-DD)\n");
	free(msg);
}
END_TEST

START_TEST(test_date_asof_epoch)
{
	struct ymd	 d;
	char		*msg;
	bool		 ok;

	msg = run_asof(NULL, "0", &d, &ok);
	ck_assert(ok);
	ck_assert_int_eq(d.y, 1970);
	ck_assert_int_eq(d.m, 1);
	ck_assert_int_eq(d.d, 1);
	free(msg);
	/* 2023-11-14 22:13:20 UTC */
	msg = run_asof(NULL, "1700000000", &d, &ok);
	ck_assert(ok);
	ck_assert_int_eq(d.y, 2023);
	ck_assert_int_eq(d.m, 11);
	ck_assert_int_eq(d.d, 14);
	ck_assert_str_eq(msg, "");
	free(msg);
	/* 2024-02-29 23:59:59 UTC, the last second of a leap day */
	msg = run_asof(NULL, "1709251199", &d, &ok);
	ck_assert(ok);
	ck_assert_int_eq(d.y, 2024);
	ck_assert_int_eq(d.m, 2);
	ck_assert_int_eq(d.d, 29);
	free(msg);
}
END_TEST

START_TEST(test_date_asof_epoch_malformed)
{
	static const char *const bad[] = {
		"abc", "-1", "12x", " 12", "+12", "1.5",
		"99999999999999999999999"
	};
	struct ymd	 d;
	char		*msg, want[128];
	size_t		 i;
	bool		 ok;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		msg = run_asof(NULL, bad[i], &d, &ok);
		ck_assert_msg(!ok, "SOURCE_DATE_EPOCH='%s' was accepted",
		    bad[i]);
		snprintf(want, sizeof(want), "pubtool: invalid "
		    "SOURCE_DATE_EPOCH '%s' (expected seconds since 1970)\n",
		    bad[i]);
		ck_assert_str_eq(msg, want);
		free(msg);
	}
	/* a number of seconds no calendar year holds */
	msg = run_asof(NULL, "999999999999999999", &d, &ok);
	ck_assert(!ok);
	ck_assert_str_eq(msg, "pubtool: SOURCE_DATE_EPOCH out of range\n");
	free(msg);
}
END_TEST

/* An empty SOURCE_DATE_EPOCH is ignored: today is used. */
START_TEST(test_date_asof_today)
{
	struct ymd	 d;
	char		*msg;
	bool		 ok;

	msg = run_asof(NULL, "", &d, &ok);
	ck_assert(ok);
	ck_assert_str_eq(msg, "");
	ck_assert_int_ge(d.y, 2024);
	ck_assert(d.m >= 1 && d.m <= 12);
	ck_assert(d.d >= 1 && d.d <= date_days_in_month(d.y, d.m));
	free(msg);
}
END_TEST

Suite *
date_suite(void)
{
	Suite	*s = suite_create("date");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_date_parse_accepted);
	tcase_add_test(tc, test_date_parse_rejected);
	tcase_add_test(tc, test_date_leap);
	tcase_add_test(tc, test_date_format);
	tcase_add_test(tc, test_date_cmp);
	tcase_add_test(tc, test_date_month);
	tcase_add_test(tc, test_date_resolve_year);
	tcase_add_test(tc, test_date_asof_option);
	tcase_add_test(tc, test_date_asof_epoch);
	tcase_add_test(tc, test_date_asof_epoch_malformed);
	tcase_add_test(tc, test_date_asof_today);
	suite_add_tcase(s, tc);
	return s;
}
