/* Unit tests for src/filter.c: the predicates of pubtool filter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "diag.h"
#include "filter.h"
#include "record.h"
#include "tests.h"

/* A record built from literals, valid while arena lives. */
static void
make(struct record *r, struct arena *a, const char *title,
    const char *const *authors, const char *area, const char *date)
{
	record_init(r);
	r->title = title;
	r->area = area;
	r->date = date;
	if (authors != NULL)
		strlist_set(a, &r->authors, authors);
}

/*
 * Compiles spec, which must be valid, and tells whether it selects r.
 */
static bool
selects(const struct filter_spec *spec, const struct record *r)
{
	struct filter	 f;
	bool		 ok;

	ck_assert(filter_init(&f, spec, "filter"));
	ok = filter_match(&f, r);
	filter_release(&f);
	return ok;
}

/* Compiles spec, which must be refused with exactly the message want. */
static void
refused(const struct filter_spec *spec, const char *want)
{
	struct filter	 f;
	char		*msg = NULL;
	size_t		 len;
	FILE		*fp;

	fp = open_memstream(&msg, &len);
	ck_assert_ptr_nonnull(fp);
	diag_reset(fp);
	ck_assert(!filter_init(&f, spec, "filter"));
	filter_release(&f);
	diag_reset(NULL);
	fclose(fp);
	ck_assert_str_eq(msg, want);
	free(msg);
}

START_TEST(test_filter_area)
{
	static const char *const au[] = { "Ana Autor", NULL };
	struct filter_spec	 spec = { 0 };
	struct arena		 a;
	struct record		 r;

	arena_init(&a);
	make(&r, &a, "T", au, "CV", "2024");
	spec.areas = "cv";
	ck_assert(selects(&spec, &r));
	spec.areas = "LG, CV";
	ck_assert(selects(&spec, &r));
	spec.areas = "cs.CV";
	ck_assert(selects(&spec, &r));
	spec.areas = "eess.CV";
	ck_assert(selects(&spec, &r));	/* a bare code matches any archive */
	spec.areas = "LG";
	ck_assert(!selects(&spec, &r));
	r.area = "stat.ML";
	spec.areas = "ML";
	ck_assert(selects(&spec, &r));
	spec.areas = "cs.ML";
	ck_assert(!selects(&spec, &r));	/* two archives, two areas */
	r.area = NULL;
	ck_assert(!selects(&spec, &r));
	ck_assert(filter_area_matches("Ml", "STAT.ml"));
	ck_assert(!filter_area_matches("M", "stat.ML"));
	arena_release(&a);
}
END_TEST

/* Dates overlap the range at the record's own precision. */
START_TEST(test_filter_dates)
{
	static const char *const au[] = { "Ana Autor", NULL };
	struct filter_spec	 spec = { 0 };
	struct arena		 a;
	struct record		 r;

	arena_init(&a);
	make(&r, &a, "T", au, "CV", "2019");
	spec.since = "2019-06";
	ck_assert(selects(&spec, &r));
	spec.since = NULL;
	spec.until = "2019-05";
	ck_assert(selects(&spec, &r));
	r.date = "2019-05-31";
	spec.until = "2019-05";
	ck_assert(selects(&spec, &r));
	spec.until = "2019-05-30";
	ck_assert(!selects(&spec, &r));
	spec.until = NULL;
	spec.since = "2019-06";
	ck_assert(!selects(&spec, &r));
	r.date = "2019-06";
	ck_assert(selects(&spec, &r));
	spec.since = "2019-06-30";
	ck_assert(selects(&spec, &r));
	spec.since = "2019-07-01";
	ck_assert(!selects(&spec, &r));
	/* An undated record is in no range. */
	r.date = NULL;
	spec.since = "1900";
	ck_assert(!selects(&spec, &r));
	/* --year */
	memset(&spec, 0, sizeof(spec));
	r.date = "2012-03-05";
	spec.year = "2012";
	ck_assert(selects(&spec, &r));
	spec.year = "2011";
	ck_assert(!selects(&spec, &r));
	arena_release(&a);
}
END_TEST

/* Authors match by whole words, ignoring case, accents and punctuation. */
START_TEST(test_filter_author)
{
	static const char *const au[] = {
		"Ana L\xC3\xBA" "cia Ferreira", "Rub\xC3\xA8n Tito", NULL
	};
	struct filter_spec	 spec = { 0 };
	struct arena		 a;
	struct record		 r;

	arena_init(&a);
	make(&r, &a, "T", au, "LG", "2024");
	spec.author = "ruben tito";
	ck_assert(selects(&spec, &r));
	spec.author = "RUBEN  TITO";
	ck_assert(selects(&spec, &r));
	spec.author = "Rub\xC3\xA8n";
	ck_assert(selects(&spec, &r));
	spec.author = "tit";
	ck_assert(!selects(&spec, &r));	/* whole words only */
	spec.author = "lucia ferreira";
	ck_assert(selects(&spec, &r));
	spec.author = "ruben tito";
	spec.first_author = true;
	ck_assert(!selects(&spec, &r));
	spec.author = "ana lucia ferreira";
	ck_assert(selects(&spec, &r));
	/* Letters with no decomposition are spelled as in keys. */
	r.authors.v[0] = "Jonas \xC3\x98ster";
	spec.author = "jonas oster";
	ck_assert(selects(&spec, &r));
	r.authors.v[0] = "\xC5\x81ukasz Stra\xC3\x9F" "e";
	spec.author = "lukasz strasse";
	ck_assert(selects(&spec, &r));
	arena_release(&a);
}
END_TEST

START_TEST(test_filter_text)
{
	static const char *const au[] = { "Ana Autor", NULL };
	struct filter_spec	 spec = { 0 };
	struct arena		 a;
	struct record		 r;

	arena_init(&a);
	make(&r, &a, "Pre-training Vision Transformers", au, "CV", "2022");
	r.abstract = "We use the QUARK runtime, na\xC3\xAFvely.";
	spec.title = "^pre-TRAINING";
	ck_assert(selects(&spec, &r));
	spec.title = "vision (cnn|transformers)$";
	ck_assert(selects(&spec, &r));
	spec.title = "^vision";
	ck_assert(!selects(&spec, &r));
	spec.title = NULL;
	spec.grep = "quark RUNTIME";
	ck_assert(selects(&spec, &r));
	spec.grep = "naively";
	ck_assert(selects(&spec, &r));
	spec.grep = "ana aut";	/* grep takes substrings, authors too */
	ck_assert(selects(&spec, &r));
	spec.grep = "missing";
	ck_assert(!selects(&spec, &r));
	arena_release(&a);
}
END_TEST

/* Criteria combine with AND; --invert negates the whole. */
START_TEST(test_filter_and_invert)
{
	static const char *const au[] = { "Rio Yokota", NULL };
	struct filter_spec	 spec = { 0 };
	struct arena		 a;
	struct record		 r;

	arena_init(&a);
	make(&r, &a, "An FMM", au, "NA", "2012-09-19");
	spec.areas = "NA";
	spec.author = "yokota";
	spec.year = "2012";
	ck_assert(selects(&spec, &r));
	spec.code = true;
	ck_assert(!selects(&spec, &r));
	spec.invert = true;
	ck_assert(selects(&spec, &r));
	r.code = true;
	ck_assert(!selects(&spec, &r));
	arena_release(&a);
}
END_TEST

START_TEST(test_filter_refused)
{
	struct filter_spec	 spec = { 0 };

	spec.since = "2019-13";
	refused(&spec, "pubtool: filter: invalid --since '2019-13' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)\n");
	memset(&spec, 0, sizeof(spec));
	spec.until = "yesterday";
	refused(&spec, "pubtool: filter: invalid --until 'yesterday' "
	    "(expected YYYY, YYYY-MM or YYYY-MM-DD)\n");
	memset(&spec, 0, sizeof(spec));
	spec.since = "2020";
	spec.until = "2019-12";
	refused(&spec, "pubtool: filter: --since '2020' is after --until "
	    "'2019-12'\n");
	memset(&spec, 0, sizeof(spec));
	spec.year = "2019-01";
	refused(&spec, "pubtool: filter: invalid --year '2019-01' (expected "
	    "YYYY)\n");
	memset(&spec, 0, sizeof(spec));
	spec.areas = " , ,";
	refused(&spec, "pubtool: filter: --area needs at least one area "
	    "code\n");
	memset(&spec, 0, sizeof(spec));
	spec.author = "...";
	refused(&spec, "pubtool: filter: --author needs a name\n");
	memset(&spec, 0, sizeof(spec));
	spec.first_author = true;
	refused(&spec, "pubtool: filter: --first-author needs --author\n");
	memset(&spec, 0, sizeof(spec));
	spec.grep = " ";
	refused(&spec, "pubtool: filter: --grep needs some text\n");
	memset(&spec, 0, sizeof(spec));
	spec.title = "(a";
	refused(&spec, "pubtool: filter: invalid --title pattern '(a': "
	    "Unmatched ( or \\(\n");
}
END_TEST

Suite *
filter_suite(void)
{
	Suite	*s = suite_create("filter");
	TCase	*tc = tcase_create("predicates");

	tcase_add_test(tc, test_filter_area);
	tcase_add_test(tc, test_filter_dates);
	tcase_add_test(tc, test_filter_author);
	tcase_add_test(tc, test_filter_text);
	tcase_add_test(tc, test_filter_and_invert);
	tcase_add_test(tc, test_filter_refused);
	suite_add_tcase(s, tc);
	return s;
}
