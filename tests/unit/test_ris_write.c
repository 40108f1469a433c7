/*
 * Unit tests for src/ris_write.c: the exact layout of a reference (tags
 * in order, "TG  - value", CR LF line ends, TY first and ER last, an
 * empty line between references), TY by venue, JO for journals only,
 * names as "Family, Given" with suffixes, corporate and family-first names, the date at each
 * precision, pages split at a hyphen or dash, the arXiv fallbacks for DO
 * and UR, values folded onto one line, and no output for no record.
 */
#include <stdio.h>
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
static void	 check_venue_type(const char *, const char *);

/* The RIS of one record; free() it. */
static char *
one(const struct record *r)
{
	return write_records(&ris_writer, r, 1, NULL);
}

static void
check_has(const char *out, const char *line)
{
	ck_assert_msg(strstr(out, line) != NULL, "no '%s' in:\n%s", line,
	    out);
}

static void
check_lacks(const char *out, const char *tag)
{
	ck_assert_msg(strstr(out, tag) == NULL, "'%s' in:\n%s", tag, out);
}

/* Asserts the TY line of a record with the venue given. */
static void
check_venue_type(const char *venue, const char *ty)
{
	struct record	 r;
	char		*out, want[32];

	record_init(&r);
	r.title = "T";
	r.venue = venue;
	out = one(&r);
	snprintf(want, sizeof(want), "TY  - %s\r\n", ty);
	ck_assert_msg(strncmp(out, want, strlen(want)) == 0,
	    "venue '%s': %s", venue != NULL ? venue : "(none)", out);
	free(out);
}

START_TEST(test_ris_layout)
{
	struct arena	 a;
	struct record	 r[2];
	const char	*authors[] = { "Rio Yokota", "Huda Ibeid", NULL };
	char		*out;

	arena_init(&a);
	record_init(&r[0]);
	r[0].key = "yokota2016fast";
	r[0].title = "Fast Multipole Method";
	strlist_set(&a, &r[0].authors, authors);
	r[0].date = "2016-02-09";
	r[0].venue = "J. Mach. Learn. Res.";
	r[0].volume = "17";
	r[0].pages = "1-34";
	r[0].doi = "10.5555/x";
	r[0].url = "https://example.org/x";
	r[0].area = "NA";
	r[0].abstract = "First.\n\nSecond.";
	record_init(&r[1]);
	r[1].key = "k2";
	r[1].title = "Second";
	out = write_records(&ris_writer, r, 2, NULL);
	ck_assert_str_eq(out,
	    "TY  - JOUR\r\n"
	    "ID  - yokota2016fast\r\n"
	    "TI  - Fast Multipole Method\r\n"
	    "AU  - Yokota, Rio\r\n"
	    "AU  - Ibeid, Huda\r\n"
	    "T2  - J. Mach. Learn. Res.\r\n"
	    "JO  - J. Mach. Learn. Res.\r\n"
	    "PY  - 2016\r\n"
	    "DA  - 2016/02/09/\r\n"
	    "VL  - 17\r\n"
	    "SP  - 1\r\n"
	    "EP  - 34\r\n"
	    "DO  - 10.5555/x\r\n"
	    "UR  - https://example.org/x\r\n"
	    "KW  - NA\r\n"
	    "AB  - First. Second.\r\n"
	    "ER  - \r\n"
	    "\r\n"
	    "TY  - GEN\r\n"
	    "ID  - k2\r\n"
	    "TI  - Second\r\n"
	    "ER  - \r\n");
	free(out);
	arena_release(&a);
}
END_TEST

START_TEST(test_ris_empty)
{
	char	*out;

	out = write_records(&ris_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, "");
	free(out);
}
END_TEST

START_TEST(test_ris_types)
{
	check_venue_type(NULL, "GEN");
	check_venue_type("", "GEN");
	check_venue_type("arXiv preprint", "GEN");
	check_venue_type("CoRR", "GEN");
	check_venue_type("NeurIPS", "CONF");
	check_venue_type("Proc. of the Workshop on X", "CONF");
	check_venue_type("Proceedings of the IEEE", "JOUR");
	check_venue_type("Nature", "JOUR");
}
END_TEST

START_TEST(test_ris_journal_only)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.venue = "NeurIPS";
	out = one(&r);
	check_has(out, "T2  - NeurIPS\r\n");
	check_lacks(out, "JO  -");
	free(out);
	r.venue = "Nature";
	out = one(&r);
	check_has(out, "T2  - Nature\r\nJO  - Nature\r\n");
	free(out);
}
END_TEST

START_TEST(test_ris_names)
{
	struct arena	 a;
	struct record	 r;
	const char	*authors[] = {
		"Martin Luther King Jr.", "LLM-jp", "Le Bronnec Florian",
		"\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90",
		"van der Waals, Johannes", "King, Jr., Martin", " ",
		"Johannes van der Waals", NULL
	};
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.title = "T";
	strlist_set(&a, &r.authors, authors);
	r.et_al = true;
	out = one(&r);
	check_has(out, "TI  - T\r\n"
	    "AU  - King, Martin Luther Jr.\r\n"
	    "AU  - LLM-jp\r\n"
	    "AU  - Le Bronnec, Florian\r\n"
	    "AU  - \xE5\xB1\xB1\xE7\x94\xB0, \xE8\x8A\xB1\xE5\xAD\x90\r\n"
	    "AU  - van der Waals, Johannes\r\n"
	    "AU  - King, Martin Jr.\r\n"
	    "AU  - van der Waals, Johannes\r\n"
	    "ER  - \r\n");
	free(out);
	arena_release(&a);
}
END_TEST

START_TEST(test_ris_dates)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.date = "2019";
	out = one(&r);
	check_has(out, "PY  - 2019\r\n");
	check_lacks(out, "DA  -");
	free(out);
	r.date = "2019-06";
	out = one(&r);
	check_has(out, "PY  - 2019\r\nDA  - 2019/06//\r\n");
	free(out);
	r.date = "not a date";
	out = one(&r);
	check_lacks(out, "PY  -");
	free(out);
}
END_TEST

START_TEST(test_ris_pages)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.pages = "1\xE2\x80\x93" "10";		/* en dash */
	out = one(&r);
	check_has(out, "SP  - 1\r\nEP  - 10\r\n");
	free(out);
	r.pages = "e123";
	out = one(&r);
	check_has(out, "SP  - e123\r\n");
	check_lacks(out, "EP  -");
	free(out);
	r.pages = "7--9";
	out = one(&r);
	check_has(out, "SP  - 7\r\nEP  - 9\r\n");
	free(out);
}
END_TEST

START_TEST(test_ris_arxiv)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.arxiv = "2505.12345v2";
	out = one(&r);
	check_has(out, "TY  - GEN\r\n");
	check_has(out, "DO  - 10.48550/arXiv.2505.12345\r\n"
	    "UR  - https://arxiv.org/abs/2505.12345\r\n");
	free(out);
}
END_TEST

START_TEST(test_ris_one_line)
{
	struct record	 r;
	char		*out;
	const char	*p;

	record_init(&r);
	r.title = "A\ttitle";
	r.abstract = "  One\r\nline\x01 only. \n";
	out = one(&r);
	check_has(out, "TI  - A title\r\n");
	check_has(out, "AB  - One line only.\r\n");
	/* Every line is a tag line ended by CR LF. */
	for (p = out; *p != '\0'; p = strchr(p, '\n') + 1) {
		ck_assert_msg(p[0] >= 'A' && p[0] <= 'Z' && p[1] != '\0' &&
		    strncmp(p + 2, "  - ", 4) == 0, "bad line: %s", p);
		ck_assert_ptr_nonnull(strchr(p, '\n'));
		ck_assert_int_eq(strchr(p, '\n')[-1], '\r');
	}
	free(out);
}
END_TEST

Suite *
ris_write_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("ris_write");
	tc = tcase_create("core");
	tcase_add_test(tc, test_ris_layout);
	tcase_add_test(tc, test_ris_empty);
	tcase_add_test(tc, test_ris_types);
	tcase_add_test(tc, test_ris_journal_only);
	tcase_add_test(tc, test_ris_names);
	tcase_add_test(tc, test_ris_dates);
	tcase_add_test(tc, test_ris_pages);
	tcase_add_test(tc, test_ris_arxiv);
	tcase_add_test(tc, test_ris_one_line);
	suite_add_tcase(s, tc);
	return s;
}
