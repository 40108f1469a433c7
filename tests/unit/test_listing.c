/*
 * Unit tests for src/listing.c: the defaults for a missing title and
 * date, section headings with one and several papers, author lists with
 * and without "et al.", and the choice of the link: DOI before arXiv
 * before URL, identifiers with their scheme or stored as URLs, and no
 * link for other kinds of URL.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "listing.h"
#include "record.h"
#include "tests.h"

static void	 check_link(const char *, const char *, const char *,
		    const char *);

/* Checks the link of a record with these doi, arxiv and url (or none). */
static void
check_link(const char *doi, const char *arxiv, const char *url,
    const char *want)
{
	struct record	 r;
	struct buf	 b;
	bool		 found;

	record_init(&r);
	r.doi = doi;
	r.arxiv = arxiv;
	r.url = url;
	buf_init(&b);
	found = listing_link(&b, &r);
	if (want == NULL) {
		ck_assert(!found);
		ck_assert_uint_eq(b.len, 0);
	} else {
		ck_assert(found);
		ck_assert_str_eq(buf_str(&b), want);
	}
	buf_release(&b);
}

START_TEST(test_defaults)
{
	struct record	 r;

	record_init(&r);
	ck_assert_str_eq(listing_title(&r), "(untitled)");
	ck_assert_str_eq(listing_date(&r), "undated");
	r.title = "T";
	r.date = "2019-06";
	ck_assert_str_eq(listing_title(&r), "T");
	ck_assert_str_eq(listing_date(&r), "2019-06");
}
END_TEST

START_TEST(test_heading)
{
	struct buf	 b;

	buf_init(&b);
	listing_heading(&b, "2026", 1);
	ck_assert_str_eq(buf_str(&b), "2026 \xC2\xB7 1 paper");
	buf_reset(&b);
	listing_heading(&b, "Machine Learning (LG)", 18);
	ck_assert_str_eq(buf_str(&b), "Machine Learning (LG) \xC2\xB7 18 papers");
	buf_release(&b);
}
END_TEST

START_TEST(test_authors)
{
	static const char *const two[] = { "Ana Autor", "山田 花子", NULL };
	static const char *const none[] = { NULL };
	struct arena	 a;
	struct record	 r;
	struct buf	 b;

	arena_init(&a);
	record_init(&r);
	buf_init(&b);
	strlist_set(&a, &r.authors, two);
	listing_authors(&b, &r, ' ');
	ck_assert_str_eq(buf_str(&b), "Ana Autor, 山田 花子");
	buf_reset(&b);
	r.et_al = true;
	listing_authors(&b, &r, '_');
	ck_assert_str_eq(buf_str(&b), "Ana_Autor, 山田_花子 et_al.");
	buf_reset(&b);
	strlist_set(&a, &r.authors, none);
	listing_authors(&b, &r, ' ');
	ck_assert_str_eq(buf_str(&b), "et al.");
	buf_reset(&b);
	r.et_al = false;
	listing_authors(&b, &r, ' ');
	ck_assert_uint_eq(b.len, 0);
	buf_release(&b);
	arena_release(&a);
}
END_TEST

START_TEST(test_link_choice)
{
	check_link(NULL, NULL, NULL, NULL);
	check_link("10.1000/182", "2401.00001", "https://x.org",
	    "https://doi.org/10.1000/182");
	check_link(NULL, "2401.00001", "https://x.org",
	    "https://arxiv.org/abs/2401.00001");
	check_link(NULL, NULL, "HTTPS://x.org/a b",
	    "HTTPS://x.org/a%20b");
	check_link(NULL, NULL, "http://x.org", "http://x.org");
}
END_TEST

START_TEST(test_link_forms)
{
	check_link("DOI:10.1002/(SICI)x", NULL, NULL,
	    "https://doi.org/10.1002/%28SICI%29x");
	check_link("https://doi.org/10.1000/182", NULL, NULL,
	    "https://doi.org/10.1000/182");
	check_link(NULL, "arXiv:math/0601001", NULL,
	    "https://arxiv.org/abs/math/0601001");
	check_link(NULL, "http://arxiv.org/abs/1110.2921", NULL,
	    "http://arxiv.org/abs/1110.2921");
	/* Not web URLs: no link, or the next identifier. */
	check_link(NULL, NULL, "javascript:alert(1)", NULL);
	check_link(NULL, NULL, "ftp://x.org/p.pdf", NULL);
	check_link("ftp://x.org/d", "2401.00001", NULL,
	    "https://arxiv.org/abs/2401.00001");
	check_link("doi:", NULL, NULL, NULL);
	check_link("javascript:alert(1)", NULL, NULL,
	    "https://doi.org/javascript:alert%281%29");
}
END_TEST

Suite *
listing_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("listing");
	tc = tcase_create("core");
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_heading);
	tcase_add_test(tc, test_authors);
	tcase_add_test(tc, test_link_choice);
	tcase_add_test(tc, test_link_forms);
	suite_add_tcase(s, tc);
	return s;
}
