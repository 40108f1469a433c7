#include <stddef.h>

#include <check.h>

#include "area.h"
#include "tests.h"

/* A full category, in any case. */
START_TEST(test_area_full)
{
	ck_assert_str_eq(area_name("cs.LG"), "Machine Learning");
	ck_assert_str_eq(area_name("CS.lg"), "Machine Learning");
	ck_assert_str_eq(area_name("stat.ML"), "Machine Learning (stat)");
	ck_assert_str_eq(area_name("math.NA"), "Numerical Analysis (math)");
	ck_assert_str_eq(area_name("quant-ph"), "Quantum Physics");
	ck_assert_str_eq(area_name("QUANT-PH"), "Quantum Physics");
}
END_TEST

/* A bare code is looked up in the archives in order: cs before math. */
START_TEST(test_area_bare)
{
	ck_assert_str_eq(area_name("LG"), "Machine Learning");
	ck_assert_str_eq(area_name("cv"), "Computer Vision and Pattern "
	    "Recognition");
	ck_assert_str_eq(area_name("NA"), "Numerical Analysis");
	ck_assert_str_eq(area_name("IT"), "Information Theory");
	ck_assert_str_eq(area_name("ML"), "Machine Learning (stat)");
	ck_assert_str_eq(area_name("SP"), "Signal Processing");
}
END_TEST

/* Words, parts of codes and codes of the wrong shape are unknown. */
START_TEST(test_area_unknown)
{
	ck_assert_ptr_null(area_name(""));
	ck_assert_ptr_null(area_name("code"));
	ck_assert_ptr_null(area_name("QQ"));
	ck_assert_ptr_null(area_name("cs"));
	ck_assert_ptr_null(area_name("cs."));
	ck_assert_ptr_null(area_name("cs.LGX"));
	ck_assert_ptr_null(area_name("xcs.LG"));
	ck_assert_ptr_null(area_name("s.LG"));
	ck_assert_ptr_null(area_name(".LG"));
	ck_assert_ptr_null(area_name("LG."));
	ck_assert_ptr_null(area_name("ph"));
	ck_assert_ptr_null(area_name("quant"));
	ck_assert_ptr_null(area_name("math.QQ"));
}
END_TEST

Suite *
area_suite(void)
{
	Suite	*s = suite_create("area");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_area_full);
	tcase_add_test(tc, test_area_bare);
	tcase_add_test(tc, test_area_unknown);
	suite_add_tcase(s, tc);
	return s;
}
