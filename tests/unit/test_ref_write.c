/*
 * Unit tests for src/ref_write.c (cite -F text): author initials for
 * accented, hyphenated, CJK, corporate and family-first names, the
 * joining of author lists and "et al.", each element of a reference and
 * its absence, and filling lines by display width (CJK two columns,
 * combining marks none) without breaking names or identifiers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "format.h"
#include "record.h"
#include "tests.h"
#include "text.h"

static char	*write_width(const struct record *, size_t, unsigned);
static char	*one_author(const char *);
static void	 check_lines(const char *, unsigned);

/*
 * Writes n records with ref_writer at the given width; the output is
 * owned by the caller (free()).
 */
static char *
write_width(const struct record *recs, size_t n, unsigned width)
{
	struct wopts	 opts;
	FILE		*fp;
	char		*out = NULL;
	size_t		 len, i;
	void		*state;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	memset(&opts, 0, sizeof(opts));
	opts.width = width;
	state = ref_writer.open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(ref_writer.put(state, &recs[i]), 0);
	ck_assert_int_eq(ref_writer.close(state), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

/* The reference of a record by author alone, titled "T"; free() it. */
static char *
one_author(const char *author)
{
	struct arena	 a;
	struct record	 r;
	const char	*v[] = { author, NULL };
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.title = "T";
	strlist_set(&a, &r.authors, v);
	out = write_records(&ref_writer, &r, 1, NULL);
	arena_release(&a);
	return out;
}

/* Asserts that no line of s is wider than width display columns. */
static void
check_lines(const char *s, unsigned width)
{
	const char	*eol;

	for (; *s != '\0'; s = eol + 1) {
		eol = strchr(s, '\n');
		ck_assert_ptr_nonnull(eol);
		ck_assert_msg(text_width(s, (size_t)(eol - s)) <= width,
		    "line wider than %u: %.*s", width, (int)(eol - s), s);
		ck_assert_msg(eol == s || (s[0] != ' ' && eol[-1] != ' '),
		    "space at the edge of a line: '%.*s'", (int)(eol - s), s);
	}
}

/* The style's own example. */
START_TEST(test_ref_example)
{
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "yokota2011tuned";
	r.title = "A tuned and scalable fast multipole method as a "
	    "preeminent algorithm for exascale systems";
	strlist_set(&a, &r.authors, authors);
	r.date = "2011-10-16";
	r.arxiv = "1110.2921";
	r.area = "NA";
	r.code = true;
	r.score = "21.4";
	r.abstract = "Not part of a reference.";
	out = write_records(&ref_writer, &r, 1, NULL);
	ck_assert_str_eq(out, "R. Yokota and L. A. Barba. A tuned and "
	    "scalable fast multipole method as a preeminent algorithm for "
	    "exascale systems. 2011. arXiv:1110.2921\n");
	free(out);
	out = write_width(&r, 1, 60);
	ck_assert_str_eq(out,
	    "R. Yokota and L. A. Barba. A tuned and scalable fast\n"
	    "multipole method as a preeminent algorithm for exascale\n"
	    "systems. 2011. arXiv:1110.2921\n");
	free(out);
	arena_release(&a);
}
END_TEST

/* Initials for every kind of name the name policy knows. */
START_TEST(test_ref_initials)
{
	static const struct {
		const char	*name;
		const char	*ref;
	} t[] = {
		{ "Rio Yokota", "R. Yokota. T.\n" },
		{ "Lorena A. Barba", "L. A. Barba. T.\n" },
		{ "Lorena Barba", "L. Barba. T.\n" },
		{ "L. A. Barba", "L. A. Barba. T.\n" },
		{ "Barba, Lorena A.", "L. A. Barba. T.\n" },
		{ "Barba,", "Barba. T.\n" },
		{ "\xC3\x89mile Zola", "\xC3\x89. Zola. T.\n" },
		{ "\xC5\x81ukasz Kaiser", "\xC5\x81. Kaiser. T.\n" },
		{ "Rub\xC3\xA8n Tito", "R. Tito. T.\n" },
		{ "Ana L\xC3\xBA" "cia Ferreira", "A. L. Ferreira. T.\n" },
		{ "\xC3\x81lvaro \xC3\x93scar Pe\xC3\xB1" "a",
		    "\xC3\x81. \xC3\x93. Pe\xC3\xB1" "a. T.\n" },
		/* J with a combining caron: no precomposed form exists. */
		{ "J\xCC\x8C" "ohn Smith", "J\xCC\x8C. Smith. T.\n" },
		{ "\xCE\x93\xCE\xB9\xCF\x8E\xCF\x81\xCE\xB3\xCE\xBF\xCF\x82 "
		    "\xCE\xA0\xCE\xB1\xCF\x80\xCE\xAC\xCF\x82",
		    "\xCE\x93. \xCE\xA0\xCE\xB1\xCF\x80\xCE\xAC\xCF\x82. "
		    "T.\n" },
		{ "Jean-Pierre Serre", "J.-P. Serre. T.\n" },
		{ "Jean-Pierre Marie Dupont", "J.-P. M. Dupont. T.\n" },
		{ "J.-P. Serre", "J.-P. Serre. T.\n" },
		{ "J.R.R. Tolkien", "J. R. R. Tolkien. T.\n" },
		{ "Marie-\xC3\x89lise Roy", "M.-\xC3\x89. Roy. T.\n" },
		{ "Ann-Kathrin Hartmann-Smith", "A.-K. Hartmann-Smith. T.\n" },
		{ "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90",
		    "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90. T.\n" },
		{ "\xE4\xBD\x90\xE8\x97\xA4\xE5\xA4\xAA\xE9\x83\x8E",
		    "\xE4\xBD\x90\xE8\x97\xA4\xE5\xA4\xAA\xE9\x83\x8E. T.\n" },
		{ "\xEA\xB9\x80 \xEB\xAF\xBC\xEC\xA4\x80",
		    "\xEA\xB9\x80 \xEB\xAF\xBC\xEC\xA4\x80. T.\n" },
		{ "LLM-jp", "LLM-jp. T.\n" },
		{ "OpenAI", "OpenAI. T.\n" },
		{ "Le Bronnec Florian", "F. Le Bronnec. T.\n" },
		{ "Johannes van der Waals", "J. van der Waals. T.\n" },
		{ "Olivier de la Fontaine", "O. de la Fontaine. T.\n" },
		{ "Martin Luther King Jr.", "M. L. King Jr. T.\n" },
		{ "John Smith III", "J. Smith III. T.\n" },
	};
	char	*out;
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		out = one_author(t[i].name);
		ck_assert_msg(strcmp(out, t[i].ref) == 0, "%s: '%s', not '%s'",
		    t[i].name, out, t[i].ref);
		free(out);
	}
}
END_TEST

/* "and" between two, a serial comma for more, "et al." after a list. */
START_TEST(test_ref_author_lists)
{
	static const char *const names[] = {
		"Ann Able", "Bob Baker", "Cy Cole", "Di Dunn", NULL
	};
	static const struct {
		size_t		 n;
		bool		 et_al;
		const char	*ref;
	} t[] = {
		{ 0, false, "T.\n" },
		{ 1, false, "A. Able. T.\n" },
		{ 2, false, "A. Able and B. Baker. T.\n" },
		{ 3, false, "A. Able, B. Baker, and C. Cole. T.\n" },
		{ 4, false, "A. Able, B. Baker, C. Cole, and D. Dunn. T.\n" },
		{ 0, true, "et al. T.\n" },
		{ 1, true, "A. Able et al. T.\n" },
		{ 2, true, "A. Able, B. Baker, et al. T.\n" },
		{ 3, true, "A. Able, B. Baker, C. Cole, et al. T.\n" },
	};
	struct arena	 a;
	struct record	 r;
	char		*out;
	size_t		 i, k;

	arena_init(&a);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		record_init(&r);
		r.title = "T";
		r.et_al = t[i].et_al;
		for (k = 0; k < t[i].n; k++)
			strlist_add(&a, &r.authors, names[k]);
		out = write_records(&ref_writer, &r, 1, NULL);
		ck_assert_str_eq(out, t[i].ref);
		free(out);
	}
	arena_release(&a);
}
END_TEST

/*
 * Each element, present or absent: the year from dates of any precision,
 * the arXiv id before the venue, volume and pages with the venue, the
 * DOI last, and no doubled full stop.
 */
START_TEST(test_ref_elements)
{
	static const struct {
		const char	*title, *date, *arxiv, *venue, *volume,
				*pages, *doi, *ref;
	} t[] = {
		{ "Title", "2024-07-04", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Title. 2024.\n" },
		{ "Title", "2019-06", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Title. 2019.\n" },
		{ "Title", "2019", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Title. 2019.\n" },
		{ "Title", NULL, NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Title.\n" },
		{ "Why Not? A Study", "2020", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Why Not? A Study. 2020.\n" },
		{ "Does it scale?", "2020", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Does it scale? 2020.\n" },
		{ "It scales!", NULL, NULL, NULL, NULL, NULL, NULL,
		    "A. Able. It scales!\n" },
		{ "Ends with a stop.", "2020", NULL, NULL, NULL, NULL, NULL,
		    "A. Able. Ends with a stop. 2020.\n" },
		{ "\xE8\xA9\x95\xE4\xBE\xA1\xE3\x80\x82", "2020", NULL,
		    NULL, NULL, NULL, NULL,
		    "A. Able. \xE8\xA9\x95\xE4\xBE\xA1\xE3\x80\x82 2020.\n" },
		{ "\xE4\xBD\x95\xEF\xBC\x9F", NULL, NULL, NULL, NULL, NULL,
		    NULL, "A. Able. \xE4\xBD\x95\xEF\xBC\x9F\n" },
		{ "LLM-jp: Fully Open Japanese LLMs", "2024", "2407.03963",
		    "Some Venue", "3", "1-9", NULL,
		    "A. Able. LLM-jp: Fully Open Japanese LLMs. 2024. "
		    "arXiv:2407.03963\n" },
		{ "Title", "2012", NULL, "Int. J. High Perform. Comput. Appl.",
		    "26", "1-12", NULL,
		    "A. Able. Title. 2012. Int. J. High Perform. Comput. "
		    "Appl., vol. 26, pp. 1-12.\n" },
		{ "Title", "2012", NULL, "SC '12", NULL, "5", NULL,
		    "A. Able. Title. 2012. SC '12, p. 5.\n" },
		{ "Title", "2012", NULL, "SC '12", NULL,
		    "10\xE2\x80\x93" "20", NULL,
		    "A. Able. Title. 2012. SC '12, pp. 10\xE2\x80\x93"
		    "20.\n" },
		{ "Title", "2012", NULL, "Venue.", NULL, NULL, NULL,
		    "A. Able. Title. 2012. Venue.\n" },
		{ "Title", "2012", NULL, "Venue", "7", NULL,
		    "10.1000/xyz123",
		    "A. Able. Title. 2012. Venue, vol. 7. "
		    "doi:10.1000/xyz123\n" },
		{ "Title", "2012", "1110.2921", NULL, NULL, NULL,
		    "10.1000/xyz123",
		    "A. Able. Title. 2012. arXiv:1110.2921. "
		    "doi:10.1000/xyz123\n" },
		{ "Title", NULL, NULL, NULL, "7", "1-2", "10.1/x",
		    "A. Able. Title. doi:10.1/x\n" },
		{ "Title", NULL, "arXiv:1110.2921", NULL, NULL, NULL,
		    "DOI:10.1/x",
		    "A. Able. Title. arXiv:1110.2921. DOI:10.1/x\n" },
		{ "Title", NULL, NULL, NULL, NULL, NULL,
		    "https://doi.org/10.1/x",
		    "A. Able. Title. https://doi.org/10.1/x\n" },
		{ NULL, NULL, NULL, NULL, NULL, NULL, NULL,
		    "A. Able. (untitled).\n" },
	};
	static const char *const author[] = { "Ann Able", NULL };
	struct arena	 a;
	struct record	 r;
	char		*out;
	size_t		 i;

	arena_init(&a);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		record_init(&r);
		strlist_set(&a, &r.authors, author);
		r.title = t[i].title;
		r.date = t[i].date;
		r.arxiv = t[i].arxiv;
		r.venue = t[i].venue;
		r.volume = t[i].volume;
		r.pages = t[i].pages;
		r.doi = t[i].doi;
		out = write_records(&ref_writer, &r, 1, NULL);
		ck_assert_str_eq(out, t[i].ref);
		free(out);
	}
	arena_release(&a);
}
END_TEST

/* References are separated by one blank line; none before or after. */
START_TEST(test_ref_blank_line)
{
	struct record	 r[3];
	char		*out;

	record_init(&r[0]);
	record_init(&r[1]);
	record_init(&r[2]);
	r[0].title = "One";
	r[1].title = "Two";
	r[1].date = "2001";
	r[2].title = "Three";
	out = write_records(&ref_writer, r, 3, NULL);
	ck_assert_str_eq(out, "One.\n\nTwo. 2001.\n\nThree.\n");
	free(out);
	out = write_records(&ref_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, "");
	free(out);
}
END_TEST

/*
 * Lines fill up to the width; names, "et al.", volume and pages and the
 * identifiers move to the next line whole; something wider than a line
 * sticks out on a line of its own.
 */
START_TEST(test_ref_wrap)
{
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", "Jean-Pierre Serre", NULL
	};
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	strlist_set(&a, &r.authors, authors);
	r.et_al = true;
	r.title = "Short title";
	r.date = "2012";
	r.venue = "Journal";
	r.volume = "26";
	r.pages = "100-120";
	r.doi = "10.1177/1094342011429952";
	out = write_width(&r, 1, 20);
	ck_assert_str_eq(out,
	    "R. Yokota,\n"
	    "L. A. Barba,\n"
	    "J.-P. Serre, et al.\n"
	    "Short title. 2012.\n"
	    "Journal, vol. 26,\n"
	    "pp. 100-120.\n"
	    "doi:10.1177/1094342011429952\n");
	free(out);
	/* Exactly the width fits; one column less does not. */
	out = write_width(&r, 1, 27);
	ck_assert_str_eq(out,
	    "R. Yokota, L. A. Barba,\n"
	    "J.-P. Serre, et al. Short\n"
	    "title. 2012. Journal,\n"
	    "vol. 26, pp. 100-120.\n"
	    "doi:10.1177/1094342011429952\n");
	free(out);
	/* Width 0: one line, whatever its length. */
	out = write_width(&r, 1, 0);
	ck_assert_str_eq(out, "R. Yokota, L. A. Barba, J.-P. Serre, et al. "
	    "Short title. 2012. Journal, vol. 26, pp. 100-120. "
	    "doi:10.1177/1094342011429952\n");
	free(out);
	arena_release(&a);
}
END_TEST

/*
 * CJK counts two columns and may break between characters, except
 * before closing and after opening punctuation; a CJK name is never
 * broken; combining marks take no column.
 */
START_TEST(test_ref_wrap_cjk)
{
	static const char *const authors[] = {
		"\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90",
		"\xE4\xBD\x90\xE8\x97\xA4 \xE5\xA4\xAA\xE9\x83\x8E", NULL
	};
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	strlist_set(&a, &r.authors, authors);
	/* 分散学習のための通信圧縮ハードウェア: A Case Study */
	r.title = "\xE5\x88\x86\xE6\x95\xA3\xE5\xAD\xA6\xE7\xBF\x92\xE3\x81"
	    "\xAE\xE3\x81\x9F\xE3\x82\x81\xE3\x81\xAE\xE9\x80\x9A\xE4\xBF"
	    "\xA1\xE5\x9C\xA7\xE7\xB8\xAE\xE3\x83\x8F\xE3\x83\xBC\xE3\x83"
	    "\x89\xE3\x82\xA6\xE3\x82\xA7\xE3\x82\xA2: A Case Study";
	r.date = "2023-06-11";
	out = write_width(&r, 1, 16);
	check_lines(out, 16);
	/*
	 * 山田 花子 and 佐藤 太郎.
	 * 学習のための通信
	 * 圧縮ハードウェ
	 * ア: A Case
	 * Study. 2023.
	 * ("ー" may not start a line, "ェ" neither, ":" sticks to "ア".)
	 */
	ck_assert_str_eq(out,
	    "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90 and\n"
	    "\xE4\xBD\x90\xE8\x97\xA4 \xE5\xA4\xAA\xE9\x83\x8E. "
	    "\xE5\x88\x86\xE6\x95\xA3\n"
	    "\xE5\xAD\xA6\xE7\xBF\x92\xE3\x81\xAE\xE3\x81\x9F\xE3\x82\x81"
	    "\xE3\x81\xAE\xE9\x80\x9A\xE4\xBF\xA1\n"
	    "\xE5\x9C\xA7\xE7\xB8\xAE\xE3\x83\x8F\xE3\x83\xBC\xE3\x83\x89"
	    "\xE3\x82\xA6\xE3\x82\xA7\n"
	    "\xE3\x82\xA2: A Case\n"
	    "Study. 2023.\n");
	free(out);
	arena_release(&a);
}
END_TEST

/* Japanese punctuation: no line starts with "。" or ends with "「". */
START_TEST(test_ref_wrap_kinsoku)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	/* あいう。「えお」かきくけこ */
	r.title = "\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86\xE3\x80\x82\xE3\x80"
	    "\x8C\xE3\x81\x88\xE3\x81\x8A\xE3\x80\x8D\xE3\x81\x8B\xE3\x81"
	    "\x8D\xE3\x81\x8F\xE3\x81\x91\xE3\x81\x93";
	/*
	 * Width 6 would put "。" first on line 2, "「" last on it and "」"
	 * first on line 3; instead "う。", "「え" and "お」" stay together:
	 * あい / う。 / 「え / お」か / きくけ / こ.
	 */
	out = write_width(&r, 1, 6);
	check_lines(out, 6);
	ck_assert_str_eq(out,
	    "\xE3\x81\x82\xE3\x81\x84\n"
	    "\xE3\x81\x86\xE3\x80\x82\n"
	    "\xE3\x80\x8C\xE3\x81\x88\n"
	    "\xE3\x81\x8A\xE3\x80\x8D\xE3\x81\x8B\n"
	    "\xE3\x81\x8D\xE3\x81\x8F\xE3\x81\x91\n"
	    "\xE3\x81\x93.\n");
	free(out);
}
END_TEST

/* Combining marks add no width: "é" written decomposed is one column. */
START_TEST(test_ref_wrap_combining)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	/*
	 * "caf" e U+0301 four times: each word 4 columns and 6 bytes, so
	 * "café café." fills 10 columns (11 if the mark counted).
	 */
	r.title = "cafe\xCC\x81 cafe\xCC\x81 cafe\xCC\x81 cafe\xCC\x81";
	out = write_width(&r, 1, 10);
	check_lines(out, 10);
	ck_assert_str_eq(out,
	    "cafe\xCC\x81 cafe\xCC\x81\n"
	    "cafe\xCC\x81 cafe\xCC\x81.\n");
	free(out);
	/* A CJK title with a combining mark: the mark stays on its base. */
	r.title = "\xE6\xBC\xA2\xE5\xAD\x97\xE3\x82\xAB\xE3\x82\x99"
	    "\xE5\xAD\x97";
	out = write_width(&r, 1, 6);
	check_lines(out, 6);
	ck_assert_str_eq(out,
	    "\xE6\xBC\xA2\xE5\xAD\x97\xE3\x82\xAB\xE3\x82\x99\n"
	    "\xE5\xAD\x97.\n");
	free(out);
}
END_TEST

/* A failed write is reported by put() and close(). */
START_TEST(test_ref_write_error)
{
	struct wopts	 opts;
	struct record	 r;
	FILE		*fp;
	void		*state;

	if ((fp = fopen("/dev/full", "w")) == NULL)
		return;
	setvbuf(fp, NULL, _IONBF, 0);
	memset(&opts, 0, sizeof(opts));
	record_init(&r);
	r.title = "x";
	state = ref_writer.open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	ck_assert_int_eq(ref_writer.put(state, &r), -1);
	ck_assert_int_eq(ref_writer.close(state), -1);
	fclose(fp);
}
END_TEST

Suite *
ref_write_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("ref_write");
	tc = tcase_create("core");
	tcase_add_test(tc, test_ref_example);
	tcase_add_test(tc, test_ref_initials);
	tcase_add_test(tc, test_ref_author_lists);
	tcase_add_test(tc, test_ref_elements);
	tcase_add_test(tc, test_ref_blank_line);
	tcase_add_test(tc, test_ref_wrap);
	tcase_add_test(tc, test_ref_wrap_cjk);
	tcase_add_test(tc, test_ref_wrap_kinsoku);
	tcase_add_test(tc, test_ref_wrap_combining);
	tcase_add_test(tc, test_ref_write_error);
	suite_add_tcase(s, tc);
	return s;
}
