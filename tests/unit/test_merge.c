/* Unit tests for src/merge.c: the precedence of sources when merging. */
#include <string.h>

#include <check.h>

#include "arena.h"
#include "merge.h"
#include "record.h"
#include "tests.h"

/* A record from one source, with a few fields. */
static void
make(struct record *r, struct arena *a, const char *source,
    const char *title, const char *date, const char *const *authors,
    bool et_al)
{
	record_init(r);
	r->title = title;
	r->date = date;
	r->et_al = et_al;
	if (authors != NULL)
		strlist_set(a, &r->authors, authors);
	strlist_add(a, &r->sources, source);
}

static const char *const truncated[] = {
	"Rio Yokota", "Lorena Barba", NULL
};
static const char *const complete[] = {
	"Rio Yokota", "Lorena A. Barba", "Jane Roe", NULL
};

/* The profile's record, then DBLP's: where it was published comes in. */
START_TEST(test_merge_profile_then_dblp)
{
	struct arena	 a;
	struct record	 old, rec;

	arena_init(&a);
	make(&old, &a, "profile", "A Tuned FMM", "2011-10-16", truncated,
	    true);
	old.key = "yokota2011tuned";
	old.score = "21.4";
	old.code = true;
	make(&rec, &a, "dblp", "A tuned FMM", "2011", complete, false);
	rec.venue = "Int. J. High Perform. Comput. Appl.";
	rec.doi = "10.1177/1094342011429952";
	rec.pages = "220-228";
	rec.key = "other";
	ck_assert(merge_record(&a, &old, &rec));
	ck_assert_str_eq(old.key, "yokota2011tuned");	/* never changes */
	ck_assert_str_eq(old.title, "A tuned FMM");	/* DBLP over profile */
	ck_assert_str_eq(old.date, "2011-10-16");	/* the more precise */
	ck_assert_str_eq(old.venue, "Int. J. High Perform. Comput. Appl.");
	ck_assert_str_eq(old.doi, "10.1177/1094342011429952");
	ck_assert_str_eq(old.pages, "220-228");
	ck_assert_str_eq(old.score, "21.4");
	ck_assert(old.code);
	check_strlist(&old.authors, complete);	/* the fuller list */
	ck_assert(!old.et_al);
	ck_assert_uint_eq(old.sources.n, 2);
	ck_assert_str_eq(old.sources.v[0], "dblp");	/* alphabetical */
	ck_assert_str_eq(old.sources.v[1], "profile");
	/* The same again changes nothing. */
	ck_assert(!merge_record(&a, &old, &rec));
	arena_release(&a);
}
END_TEST

/* DBLP first, then the profile: the profile only fills gaps. */
START_TEST(test_merge_dblp_then_profile)
{
	struct arena	 a;
	struct record	 old, rec;

	arena_init(&a);
	make(&old, &a, "dblp", "A tuned FMM", "2011", complete, false);
	old.venue = "IJHPCA";
	make(&rec, &a, "profile", "A Tuned FMM", "2011-10-16", truncated,
	    true);
	rec.venue = "Somewhere else";
	rec.area = "NA";
	rec.score = "21.4";
	ck_assert(merge_record(&a, &old, &rec));
	ck_assert_str_eq(old.title, "A tuned FMM");
	ck_assert_str_eq(old.venue, "IJHPCA");
	ck_assert_str_eq(old.date, "2011-10-16");
	ck_assert_str_eq(old.area, "NA");
	ck_assert_str_eq(old.score, "21.4");
	check_strlist(&old.authors, complete);	/* truncated never wins */
	ck_assert(!old.et_al);
	arena_release(&a);
}
END_TEST

/* arXiv's category wins over the profile's bare code; a source may
 * correct what it gave itself. */
START_TEST(test_merge_arxiv_and_corrections)
{
	struct arena	 a;
	struct record	 old, rec;

	arena_init(&a);
	make(&old, &a, "profile", "Old Title", "2011-10-16", truncated, true);
	old.area = "NA";
	make(&rec, &a, "arxiv", "New Title", "2011-06-10", truncated, false);
	rec.area = "cs.NA";
	rec.arxiv = "1106.2176";
	ck_assert(merge_record(&a, &old, &rec));
	ck_assert_str_eq(old.area, "cs.NA");
	ck_assert_str_eq(old.title, "New Title");
	ck_assert_str_eq(old.date, "2011-06-10");
	ck_assert_str_eq(old.arxiv, "1106.2176");
	ck_assert(!old.et_al);	/* complete beats truncated */
	/* The profile again, with its old values: arXiv's stay. */
	make(&rec, &a, "profile", "Old Title", "2011-10-16", truncated, true);
	rec.area = "NA";
	ck_assert(!merge_record(&a, &old, &rec));
	ck_assert_str_eq(old.area, "cs.NA");
	/* A profile-only record corrected by a later profile. */
	make(&old, &a, "profile", "Typo Titel", "2011-10-16", truncated,
	    true);
	make(&rec, &a, "profile", "Typo Title", "2011-10-16", truncated,
	    true);
	ck_assert(merge_record(&a, &old, &rec));
	ck_assert_str_eq(old.title, "Typo Title");
	arena_release(&a);
}
END_TEST

START_TEST(test_merge_ranks)
{
	ck_assert_int_lt(merge_rank("dblp", RF_VENUE),
	    merge_rank("arxiv", RF_VENUE));
	ck_assert_int_lt(merge_rank("arxiv", RF_AREA),
	    merge_rank("profile", RF_AREA));
	ck_assert_int_lt(merge_rank("profile", RF_SCORE),
	    merge_rank("bibtex", RF_SCORE));
	ck_assert_int_eq(merge_rank("unknown", RF_TITLE), 5);
}
END_TEST

Suite *
merge_suite(void)
{
	Suite	*s = suite_create("merge");
	TCase	*tc = tcase_create("precedence");

	tcase_add_test(tc, test_merge_profile_then_dblp);
	tcase_add_test(tc, test_merge_dblp_then_profile);
	tcase_add_test(tc, test_merge_arxiv_and_corrections);
	tcase_add_test(tc, test_merge_ranks);
	suite_add_tcase(s, tc);
	return s;
}
