#include <string.h>

#include <check.h>

#include "record.h"
#include "tests.h"

/*
 * A copy without some fields has the others, and the records of one
 * input share one copy of its name.
 */
START_TEST(test_recset_add_omit)
{
	struct recset	 set;
	struct record	 r, *a, *b, *c;
	char		 file[] = "papers.bib";

	recset_init(&set);
	record_init(&r);
	r.pos.file = file;
	r.pos.line = 7;
	r.title = "A title";
	r.abstract = "A long abstract";
	r.area = "cs.LG";
	r.date = "2024-05";
	a = recset_add_omit(&set, &r, 1u << RF_ABSTRACT | 1u << RF_TITLE);
	ck_assert_ptr_null(a->abstract);
	ck_assert_ptr_null(a->title);
	ck_assert_str_eq(a->area, "cs.LG");
	ck_assert_str_eq(a->date, "2024-05");
	ck_assert_uint_eq(a->pos.line, 7);
	ck_assert_str_eq(a->pos.file, "papers.bib");
	ck_assert_ptr_ne(a->pos.file, file);
	b = recset_add(&set, &r);
	ck_assert_str_eq(b->abstract, "A long abstract");
	ck_assert_ptr_ne(b->abstract, r.abstract);
	ck_assert_ptr_eq(b->pos.file, a->pos.file);
	r.pos.file = "other.bib";
	c = recset_add(&set, &r);
	ck_assert_str_eq(c->pos.file, "other.bib");
	r.pos.file = NULL;
	ck_assert_ptr_null(recset_add(&set, &r)->pos.file);
	strcpy(file, "changed!!!");	/* the copies own their names */
	ck_assert_str_eq(a->pos.file, "papers.bib");
	ck_assert_uint_eq(set.n, 4);
	recset_release(&set);
}
END_TEST

Suite *
record_suite(void)
{
	Suite	*s = suite_create("record");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_recset_add_omit);
	suite_add_tcase(s, tc);
	return s;
}
