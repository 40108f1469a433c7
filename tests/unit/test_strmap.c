/* Unit tests for src/strmap.c, the string-keyed hash map. */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "strmap.h"
#include "tests.h"

/* An empty map has nothing, and lookups do not need a table. */
START_TEST(test_strmap_empty)
{
	struct strmap	 m;

	strmap_init(&m);
	ck_assert(!strmap_has(&m, "a"));
	ck_assert_ptr_null(strmap_get(&m, "a"));
	strmap_release(&m);
}
END_TEST

/* Put, get, replace; a NULL value still counts as present. */
START_TEST(test_strmap_put_get)
{
	struct strmap	 m;
	int		 one = 1, two = 2;

	strmap_init(&m);
	strmap_put(&m, "one", &one);
	strmap_put(&m, "none", NULL);
	ck_assert_ptr_eq(strmap_get(&m, "one"), &one);
	ck_assert(strmap_has(&m, "none"));
	ck_assert_ptr_null(strmap_get(&m, "none"));
	ck_assert(!strmap_has(&m, "on"));
	ck_assert(!strmap_has(&m, ""));
	strmap_put(&m, "one", &two);
	ck_assert_ptr_eq(strmap_get(&m, "one"), &two);
	ck_assert_uint_eq(m.n, 2);
	strmap_release(&m);
	ck_assert_uint_eq(m.n, 0);
}
END_TEST

/* Thousands of keys survive the table growing several times. */
START_TEST(test_strmap_grow)
{
	static char	 keys[5000][8];
	struct strmap	 m;
	size_t		 i;

	strmap_init(&m);
	for (i = 0; i < 5000; i++) {
		snprintf(keys[i], sizeof(keys[i]), "k%zu", i);
		strmap_put(&m, keys[i], keys[i]);
	}
	ck_assert_uint_eq(m.n, 5000);
	ck_assert_uint_ge(m.cap, 10000);
	for (i = 0; i < 5000; i++)
		ck_assert_ptr_eq(strmap_get(&m, keys[i]), keys[i]);
	ck_assert(!strmap_has(&m, "k5000"));
	strmap_release(&m);
}
END_TEST

Suite *
strmap_suite(void)
{
	Suite	*s = suite_create("strmap");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_strmap_empty);
	tcase_add_test(tc, test_strmap_put_get);
	tcase_add_test(tc, test_strmap_grow);
	suite_add_tcase(s, tc);
	return s;
}
