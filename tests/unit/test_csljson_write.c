/*
 * Unit tests for src/csljson_write.c: "[]" for no record, the exact
 * layout of an item and of two (members in order, two-space indents,
 * one member or element a line), the type and the venue's member by
 * venue, the arXiv number and publisher of a preprint, names with
 * particles, suffixes and literals, the date parts at each precision,
 * and escaping inside values.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "format.h"
#include "record.h"
#include "tests.h"

static char	*one(const struct record *);
static void	 check_has(const char *, const char *);
static void	 check_lacks(const char *, const char *);

/* The CSL-JSON of one record; free() it. */
static char *
one(const struct record *r)
{
	return write_records(&csljson_writer, r, 1, NULL);
}

static void
check_has(const char *out, const char *s)
{
	ck_assert_msg(strstr(out, s) != NULL, "no '%s' in:\n%s", s, out);
}

static void
check_lacks(const char *out, const char *s)
{
	ck_assert_msg(strstr(out, s) == NULL, "'%s' in:\n%s", s, out);
}

START_TEST(test_csl_empty)
{
	char	*out;

	out = write_records(&csljson_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, "[]\n");
	free(out);
}
END_TEST

START_TEST(test_csl_layout)
{
	struct arena	 a;
	struct record	 r[2];
	const char	*authors[] = { "Rio Yokota", "LLM-jp", NULL };
	char		*out;

	arena_init(&a);
	record_init(&r[0]);
	r[0].key = "yokota2016fast";
	r[0].title = "Fast \"FMM\"";
	strlist_set(&a, &r[0].authors, authors);
	r[0].date = "2016-02";
	r[0].venue = "J. Mach. Learn. Res.";
	r[0].volume = "17";
	r[0].pages = "1-34";
	r[0].doi = "10.5555/x";
	r[0].area = "NA";
	r[0].abstract = "One.\n\nTwo \\o/.";
	record_init(&r[1]);
	r[1].key = "k2";
	out = write_records(&csljson_writer, r, 2, NULL);
	ck_assert_str_eq(out,
	    "[\n"
	    "  {\n"
	    "    \"id\": \"yokota2016fast\",\n"
	    "    \"type\": \"article-journal\",\n"
	    "    \"title\": \"Fast \\\"FMM\\\"\",\n"
	    "    \"author\": [\n"
	    "      {\n"
	    "        \"family\": \"Yokota\",\n"
	    "        \"given\": \"Rio\"\n"
	    "      },\n"
	    "      {\n"
	    "        \"literal\": \"LLM-jp\"\n"
	    "      }\n"
	    "    ],\n"
	    "    \"issued\": {\n"
	    "      \"date-parts\": [\n"
	    "        [\n"
	    "          2016,\n"
	    "          2\n"
	    "        ]\n"
	    "      ]\n"
	    "    },\n"
	    "    \"container-title\": \"J. Mach. Learn. Res.\",\n"
	    "    \"volume\": \"17\",\n"
	    "    \"page\": \"1-34\",\n"
	    "    \"DOI\": \"10.5555/x\",\n"
	    "    \"keyword\": \"NA\",\n"
	    "    \"abstract\": \"One.\\n\\nTwo \\\\o/.\"\n"
	    "  },\n"
	    "  {\n"
	    "    \"id\": \"k2\",\n"
	    "    \"type\": \"article\"\n"
	    "  }\n"
	    "]\n");
	free(out);
	arena_release(&a);
}
END_TEST

START_TEST(test_csl_types)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.key = "k";
	r.venue = "NeurIPS";
	out = one(&r);
	check_has(out, "\"type\": \"paper-conference\",\n"
	    "    \"container-title\": \"NeurIPS\"\n");
	free(out);
	/* No year, no author: still a journal paper (BibTeX says misc). */
	r.venue = "Nature";
	out = one(&r);
	check_has(out, "\"type\": \"article-journal\"");
	free(out);
	r.venue = "bioRxiv";
	out = one(&r);
	check_has(out, "\"type\": \"article\",\n"
	    "    \"publisher\": \"bioRxiv\"\n");
	check_lacks(out, "container-title");
	free(out);
}
END_TEST

START_TEST(test_csl_arxiv)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.key = "k";
	r.arxiv = "2505.12345v2";
	out = one(&r);
	check_has(out, "\"type\": \"article\",\n"
	    "    \"publisher\": \"arXiv\",\n"
	    "    \"number\": \"arXiv:2505.12345\",\n"
	    "    \"DOI\": \"10.48550/arXiv.2505.12345\",\n"
	    "    \"URL\": \"https://arxiv.org/abs/2505.12345\"\n");
	free(out);
	/* A journal paper keeps its arXiv id out of number. */
	r.venue = "Nature";
	r.doi = "10.1/n";
	out = one(&r);
	check_lacks(out, "number");
	check_lacks(out, "publisher");
	check_has(out, "\"DOI\": \"10.1/n\"");
	free(out);
}
END_TEST

START_TEST(test_csl_names)
{
	struct arena	 a;
	struct record	 r;
	const char	*authors[] = {
		"Johannes van der Waals", "Martin Luther King Jr.",
		"King, Jr., Martin", "vanessa Smith", "", NULL
	};
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "k";
	strlist_set(&a, &r.authors, authors);
	r.et_al = true;
	out = one(&r);
	check_has(out,
	    "      {\n"
	    "        \"family\": \"Waals\",\n"
	    "        \"given\": \"Johannes\",\n"
	    "        \"non-dropping-particle\": \"van der\"\n"
	    "      },\n"
	    "      {\n"
	    "        \"family\": \"King\",\n"
	    "        \"given\": \"Martin Luther\",\n"
	    "        \"suffix\": \"Jr.\"\n"
	    "      },\n"
	    "      {\n"
	    "        \"family\": \"King\",\n"
	    "        \"given\": \"Martin\",\n"
	    "        \"suffix\": \"Jr.\"\n"
	    "      },\n"
	    "      {\n"
	    "        \"family\": \"Smith\",\n"
	    "        \"given\": \"vanessa\"\n"
	    "      }\n"
	    "    ]\n");
	check_lacks(out, "others");
	free(out);
	arena_release(&a);
}
END_TEST

START_TEST(test_csl_dates)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.key = "k";
	r.date = "2019";
	out = one(&r);
	check_has(out, "        [\n          2019\n        ]\n");
	free(out);
	r.date = "2024-07-04";
	out = one(&r);
	check_has(out, "        [\n          2024,\n          7,\n"
	    "          4\n        ]\n");
	free(out);
	r.date = "2023-02-29";
	out = one(&r);
	check_lacks(out, "issued");
	free(out);
}
END_TEST

START_TEST(test_csl_escapes)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.key = "a\"b";
	r.title = "Tab\there, \xE6\xA8\xAA\xE7\x94\xB0";
	out = one(&r);
	check_has(out, "\"id\": \"a\\\"b\"");
	check_has(out, "\"title\": \"Tab\\there, \xE6\xA8\xAA\xE7\x94\xB0\"");
	free(out);
}
END_TEST

Suite *
csljson_write_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("csljson_write");
	tc = tcase_create("core");
	tcase_add_test(tc, test_csl_empty);
	tcase_add_test(tc, test_csl_layout);
	tcase_add_test(tc, test_csl_types);
	tcase_add_test(tc, test_csl_arxiv);
	tcase_add_test(tc, test_csl_names);
	tcase_add_test(tc, test_csl_dates);
	tcase_add_test(tc, test_csl_escapes);
	suite_add_tcase(s, tc);
	return s;
}
