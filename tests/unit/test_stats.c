/*
 * Unit tests for src/stats.c: counting papers by area, year and both,
 * the owner and the co-authors, and the rule that counts the spellings
 * of one person's name as one (with text_name_fold(), which it rests on).
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "config.h"
#include "record.h"
#include "stats.h"
#include "tests.h"
#include "text.h"

/* A paper for the tests: its authors end with NULL. */
struct paper {
	const char	*area;
	const char	*date;
	bool		 code;
	bool		 et_al;
	const char	*authors[6];
};

static void	 check_fold(const char *, const char *);
static void	 check_same(const char *, const char *, bool);
static struct record **make_records(struct arena *, const struct paper *,
		    size_t);
static void	 check_variants(const struct stats_author *,
		    const char *const *);

/* Asserts that text_name_fold() turns s into want. */
static void
check_fold(const char *s, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	buf_addstr(&b, "kept:");
	text_name_fold(&b, s, strlen(s));
	ck_assert_str_eq(buf_str(&b) + 5, want);
	ck_assert(strncmp(buf_str(&b), "kept:", 5) == 0);
	buf_release(&b);
}

/* Asserts whether a and b are one person, both ways round. */
static void
check_same(const char *a, const char *b, bool same)
{
	ck_assert_msg(stats_same_person(a, b) == same,
	    "'%s' and '%s' should%s be one person", a, b, same ? "" : " not");
	ck_assert_msg(stats_same_person(b, a) == same,
	    "'%s' and '%s' should%s be one person", b, a, same ? "" : " not");
}

/* Makes records of the papers, their strings in the arena. */
static struct record **
make_records(struct arena *a, const struct paper *p, size_t n)
{
	struct record	**recs;
	size_t		  i;

	recs = arena_alloc(a, (n + 1) * sizeof(*recs));
	for (i = 0; i < n; i++) {
		recs[i] = arena_alloc(a, sizeof(*recs[i]));
		record_init(recs[i]);
		recs[i]->title = "A title";
		recs[i]->area = p[i].area;
		recs[i]->date = p[i].date;
		recs[i]->code = p[i].code;
		recs[i]->et_al = p[i].et_al;
		strlist_set(a, &recs[i]->authors, p[i].authors);
	}
	return recs;
}

/* Asserts an author's spellings, the NULL-terminated want, in order. */
static void
check_variants(const struct stats_author *au, const char *const *want)
{
	size_t	 i;

	for (i = 0; want[i] != NULL; i++) {
		ck_assert_uint_gt(au->nvariants, i);
		ck_assert_str_eq(au->variants[i], want[i]);
	}
	ck_assert_uint_eq(au->nvariants, i);
}

/* Name parts fold case, accents and punctuation; other scripts stay. */
START_TEST(test_stats_name_fold)
{
	check_fold("Barba", "barba");
	check_fold("BARBA", "barba");
	check_fold("Rubèn", "ruben");
	check_fold("Rube\xcc\x80n", "ruben");	/* decomposed */
	check_fold("Øster", "oster");
	check_fold("Łukasz", "lukasz");
	check_fold("Ben-Nun", "bennun");
	check_fold("O'Brien", "obrien");
	check_fold("L.", "l");
	check_fold("", "");
	check_fold("...", "");
	check_fold("山田", "山田");
	/* Kana keep their voicing marks: no stripping outside Latin. */
	check_fold("やまだ", "やまだ");
	/* One letter without an ASCII form keeps the whole word as is. */
	check_fold("Ńakamura山", "ńakamura山");
	/* Full-width letters are compatibility-folded. */
	check_fold("\xef\xbc\xa1\xef\xbd\x82", "ab");
}
END_TEST

/* The example, and what "agree on initials" means. */
START_TEST(test_stats_same_person)
{
	check_same("Lorena A. Barba", "Lorena Barba", true);
	check_same("Lorena A. Barba", "L. A. Barba", true);
	check_same("Lorena Barba", "L. A. Barba", true);
	check_same("Lorena Barba", "L. Barba", true);
	check_same("L. A. Barba", "LORENA A BARBA", true);
	check_same("L.A. Barba", "Lorena A. Barba", true);
	check_same("Barba, L. A.", "Lorena A. Barba", true);
	/* Initials disagree, or spelled-out names do. */
	check_same("L. A. Barba", "L. B. Barba", false);
	check_same("Lorena Barba", "Laura Barba", false);
	check_same("Lorena A. Barba", "A. L. Barba", false);
	check_same("Lorena Barba", "Lorena Barbas", false);
	/* A given name ending in a full stop is abbreviated. */
	check_same("Th. Müller", "Thomas Muller", true);
	check_same("Th Müller", "Thomas Muller", false);
	/* Case, accents, hyphens. */
	check_same("Rubèn Tito", "RUBEN TITO", true);
	check_same("Rubèn Tito", "Tito, Rubén", true);
	check_same("Jean-Pierre Dupont", "J.-P. Dupont", true);
	check_same("Jean-Pierre Dupont", "Jean Dupont", true);
	check_same("Jean-Pierre Dupont", "Jean-Paul Dupont", false);
	/* Particles belong to the family name. */
	check_same("Olivier de la Fontaine", "O. de la Fontaine", true);
	check_same("Olivier de la Fontaine", "Olivier Fontaine", false);
	check_same("Le Bronnec Florian", "F. Le Bronnec", false);
	check_same("Le Bronnec Florian", "Le Bronnec, F.", true);
	/* One-word (corporate) names agree only with themselves. */
	check_same("LLM-jp", "LLM-JP", true);
	check_same("Barba", "Lorena Barba", false);
	/* Family name first in Han, kana, Hangul. */
	check_same("山田 花子", "山田 花子", true);
	check_same("山田 花子", "山田 太郎", false);
	check_same("山田 花子", "花子 山田", false);
	/* Suffixes do not count. */
	check_same("John Smith Jr.", "J. Smith", true);
}
END_TEST

/* Per mille, rounded half up. */
START_TEST(test_stats_permille)
{
	ck_assert_uint_eq(stats_permille(18, 50), 360);
	ck_assert_uint_eq(stats_permille(1, 6), 167);
	ck_assert_uint_eq(stats_permille(1, 3), 333);
	ck_assert_uint_eq(stats_permille(2, 3), 667);
	ck_assert_uint_eq(stats_permille(1, 16), 63);	/* 62.5 up */
	ck_assert_uint_eq(stats_permille(5, 5), 1000);
	ck_assert_uint_eq(stats_permille(0, 5), 0);
	ck_assert_uint_eq(stats_permille(0, 0), 0);
}
END_TEST

/* Nothing to count. */
START_TEST(test_stats_empty)
{
	struct stats	 st;

	stats_init(&st);
	stats_count(&st, NULL, 0, NULL, NULL, 0);
	ck_assert_uint_eq(st.papers, 0);
	ck_assert_uint_eq(st.nareas, 0);
	ck_assert_uint_eq(st.nyears, 0);
	ck_assert_uint_eq(st.ncoauthors, 0);
	ck_assert_ptr_null(st.owner.name);
	ck_assert_ptr_null(st.first_date);
	ck_assert(!st.owner_inferred);
	stats_release(&st);
}
END_TEST

/* Areas ranked, years newest first with gaps and undated, the cells. */
START_TEST(test_stats_areas_years)
{
	static const struct paper p[] = {
		{ "CV", "2024-07-04", true, false, { "A B", NULL } },
		{ "LG", "2021-01", false, true, { "A B", NULL } },
		{ "CV", "2021", false, false, { "A B", NULL } },
		{ NULL, "2024-02-29", true, false, { "A B", NULL } },
		{ "LG", NULL, false, true, { "A B", NULL } },
		{ "cs.LG", "2019-12-31", false, false, { "A B", NULL } },
		{ "AR", "2024", false, false, { "A B", NULL } },
		{ "LG", "2024-01-01", false, false, { "A B", NULL } },
	};
	static const struct {
		int	 year;
		size_t	 papers;
	} years[] = {
		{ 2024, 4 }, { 2023, 0 }, { 2022, 0 }, { 2021, 2 },
		{ 2020, 0 }, { 2019, 1 }, { 0, 1 }
	};
	/* Rows: LG, CV, AR, cs.LG, none; columns as years[]. */
	static const size_t cells[5][7] = {
		{ 1, 0, 0, 1, 0, 0, 1 },
		{ 1, 0, 0, 1, 0, 0, 0 },
		{ 1, 0, 0, 0, 0, 0, 0 },
		{ 0, 0, 0, 0, 0, 1, 0 },
		{ 1, 0, 0, 0, 0, 0, 0 },
	};
	static const char *const codes[] = { "LG", "CV", "AR", "cs.LG" };
	static const size_t apapers[] = { 3, 2, 1, 1, 1 };
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;
	size_t		 i, j, n = sizeof(p) / sizeof(p[0]);

	arena_init(&a);
	recs = make_records(&a, p, n);
	stats_init(&st);
	stats_count(&st, recs, n, NULL, NULL, 0);
	ck_assert_uint_eq(st.papers, 8);
	ck_assert_uint_eq(st.with_code, 2);
	ck_assert_uint_eq(st.et_al, 2);
	ck_assert_uint_eq(st.undated, 1);
	ck_assert_str_eq(st.first_date, "2019-12-31");
	ck_assert_str_eq(st.last_date, "2024-07-04");
	ck_assert_uint_eq(st.nareas, 5);
	for (i = 0; i < 5; i++) {
		if (i < 4)
			ck_assert_str_eq(st.areas[i].code, codes[i]);
		else
			ck_assert_ptr_null(st.areas[i].code);
		ck_assert_uint_eq(st.areas[i].papers, apapers[i]);
	}
	ck_assert_uint_eq(st.nyears, 7);
	for (j = 0; j < 7; j++) {
		ck_assert_int_eq(st.years[j].year, years[j].year);
		ck_assert_uint_eq(st.years[j].papers, years[j].papers);
	}
	for (i = 0; i < 5; i++)
		for (j = 0; j < 7; j++)
			ck_assert_msg(st.cells[i * st.nyears + j] ==
			    cells[i][j], "cell %zu, %zu", i, j);
	stats_release(&st);
	arena_release(&a);
}
END_TEST

/* Only undated papers: one year row, year 0. */
START_TEST(test_stats_all_undated)
{
	static const struct paper p[] = {
		{ "LG", NULL, false, false, { "A B", NULL } },
		{ "LG", NULL, false, false, { NULL } },
	};
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;

	arena_init(&a);
	recs = make_records(&a, p, 2);
	stats_init(&st);
	stats_count(&st, recs, 2, NULL, NULL, 0);
	ck_assert_uint_eq(st.nyears, 1);
	ck_assert_int_eq(st.years[0].year, 0);
	ck_assert_uint_eq(st.years[0].papers, 2);
	ck_assert_uint_eq(st.cells[0], 2);
	ck_assert_ptr_null(st.first_date);
	ck_assert_str_eq(st.owner.name, "A B");
	ck_assert_uint_eq(st.owner.papers, 1);
	stats_release(&st);
	arena_release(&a);
}
END_TEST

/*
 * Spellings grouped: the Barba trio is one co-author shown by its
 * fullest spelling; "L. Barba" agrees with two people and stays apart;
 * a paper naming two spellings of one person counts once.
 */
START_TEST(test_stats_variants)
{
	static const struct paper p[] = {
		{ "NA", "2011", false, false,
		    { "Rio Yokota", "L. A. Barba", NULL } },
		{ "NA", "2012", false, false,
		    { "Rio Yokota", "Lorena Barba", "L. A. Barba", NULL } },
		{ "NA", "2013", false, false,
		    { "R. Yokota", "Lorena A. Barba", NULL } },
		{ "NA", "2014", false, true,
		    { "Laura Barba", "L. Barba", NULL } },
		{ "NA", "2015", false, false,
		    { "Rio Yokota", "LAURA BARBA", NULL } },
	};
	static const char *const lorena[] = {
		"Lorena A. Barba", "L. A. Barba", "Lorena Barba", NULL
	};
	static const char *const laura[] = {
		"Laura Barba", "LAURA BARBA", NULL
	};
	static const char *const rio[] = { "Rio Yokota", "R. Yokota", NULL };
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;

	arena_init(&a);
	recs = make_records(&a, p, 5);
	stats_init(&st);
	stats_count(&st, recs, 5, NULL, NULL, 0);
	ck_assert_str_eq(st.owner.name, "Rio Yokota");
	ck_assert(st.owner_inferred);
	ck_assert_uint_eq(st.owner.papers, 4);
	check_variants(&st.owner, rio);
	ck_assert_uint_eq(st.owner_hidden, 1);
	ck_assert_uint_eq(st.ncoauthors, 3);
	ck_assert_str_eq(st.coauthors[0].name, "Lorena A. Barba");
	ck_assert_uint_eq(st.coauthors[0].papers, 3);
	check_variants(&st.coauthors[0], lorena);
	ck_assert_str_eq(st.coauthors[1].name, "Laura Barba");
	ck_assert_uint_eq(st.coauthors[1].papers, 2);
	check_variants(&st.coauthors[1], laura);
	ck_assert_str_eq(st.coauthors[2].name, "L. Barba");
	ck_assert_uint_eq(st.coauthors[2].papers, 1);
	stats_release(&st);
	arena_release(&a);
}
END_TEST

/*
 * The inferred owner: most papers, the first to appear among equals;
 * co-authors by papers, then by name ignoring case.
 */
START_TEST(test_stats_owner_inferred)
{
	static const struct paper p[] = {
		{ "LG", "2020", false, false, { "zoe Adams", "Bea Cole",
		    NULL } },
		{ "LG", "2021", false, false, { "Bea Cole", "Al Baker",
		    NULL } },
		{ "LG", "2022", false, false, { "Al Baker", "Zoe Adams",
		    "Cy Dunn", NULL } },
		{ "LG", "2023", false, false, { "Cy Dunn", NULL } },
	};
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;

	arena_init(&a);
	recs = make_records(&a, p, 4);
	stats_init(&st);
	stats_count(&st, recs, 4, NULL, NULL, 0);
	/* Four people on two papers each: "zoe Adams" came first. */
	ck_assert_str_eq(st.owner.name, "zoe Adams");
	ck_assert_uint_eq(st.owner.papers, 2);
	ck_assert_uint_eq(st.ncoauthors, 3);
	ck_assert_str_eq(st.coauthors[0].name, "Al Baker");
	ck_assert_str_eq(st.coauthors[1].name, "Bea Cole");
	ck_assert_str_eq(st.coauthors[2].name, "Cy Dunn");
	stats_release(&st);
	arena_release(&a);
}
END_TEST

/* A given owner: by family name alone, with initials, or not found. */
START_TEST(test_stats_owner_given)
{
	static const struct paper p[] = {
		{ "LG", "2020", false, true, { "Taishi Nakamura",
		    "Ryo Nakamura", NULL } },
		{ "LG", "2021", false, false, { "Taishi Nakamura", NULL } },
		{ "LG", "2022", false, true, { "Ryo Nakamura", "Rio Yokota",
		    NULL } },
	};
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;

	arena_init(&a);
	recs = make_records(&a, p, 3);

	stats_init(&st);
	stats_count(&st, recs, 3, "R. NAKAMURA", NULL, 0);
	ck_assert_str_eq(st.owner.name, "Ryo Nakamura");
	ck_assert(!st.owner_inferred);
	ck_assert_uint_eq(st.owner.papers, 2);
	ck_assert_uint_eq(st.owner_hidden, 0);
	ck_assert_uint_eq(st.ncoauthors, 2);
	ck_assert_str_eq(st.coauthors[0].name, "Taishi Nakamura");
	stats_release(&st);

	/* Both Nakamuras on two papers: the first to appear. */
	stats_init(&st);
	stats_count(&st, recs, 3, "nakamura", NULL, 0);
	ck_assert_str_eq(st.owner.name, "Taishi Nakamura");
	ck_assert_uint_eq(st.owner_hidden, 1);
	stats_release(&st);

	stats_init(&st);
	stats_count(&st, recs, 3, "Lorena Barba", NULL, 0);
	ck_assert_str_eq(st.owner.name, "Lorena Barba");
	ck_assert_uint_eq(st.owner.papers, 0);
	ck_assert_uint_eq(st.owner.nvariants, 0);
	ck_assert_uint_eq(st.owner_hidden, 2);
	ck_assert_uint_eq(st.ncoauthors, 3);
	stats_release(&st);
	arena_release(&a);
}
END_TEST

/*
 * Aliases make spellings one person that the rules keep apart ("Yokota
 * Rio" has the family name Rio), shown by the alias's name, for the
 * co-authors and for a given owner.
 */
START_TEST(test_stats_aliases)
{
	static const struct paper p[] = {
		{ "LG", "2020", false, false, { "Rio Yokota", "Ana Autor",
		    NULL } },
		{ "LG", "2021", false, false, { "Yokota Rio", "Ana Autor",
		    NULL } },
		{ "LG", "2022", false, false, { "R. Yokota", "Ben Baker",
		    NULL } },
		{ "LG", "2023", false, false, { "Ben Baker", NULL } },
	};
	static const char *rio[] = { "Yokota Rio", "R. Yokota" };
	static const char *ana[] = { "Ana Autor" };
	const struct config_alias aliases[] = {
		{ "Rio Yokota", rio, 2 },
		{ "A. Autor", ana, 1 },
	};
	struct arena	 a;
	struct stats	 st;
	struct record	**recs;

	arena_init(&a);
	recs = make_records(&a, p, 4);

	/* Without aliases, "Yokota Rio" is someone else. */
	stats_init(&st);
	stats_count(&st, recs, 4, "Rio Yokota", NULL, 0);
	ck_assert_str_eq(st.owner.name, "Rio Yokota");
	ck_assert_uint_eq(st.owner.papers, 2);
	stats_release(&st);

	stats_init(&st);
	stats_count(&st, recs, 4, "Yokota Rio", aliases, 2);
	ck_assert_str_eq(st.owner.name, "Rio Yokota");
	ck_assert_uint_eq(st.owner.papers, 3);
	ck_assert_uint_eq(st.owner.nvariants, 3);
	ck_assert_str_eq(st.owner.variants[0], "Rio Yokota");
	ck_assert_uint_eq(st.ncoauthors, 2);
	/* An alias whose own name no record spells still names them. */
	ck_assert_str_eq(st.coauthors[0].name, "A. Autor");
	ck_assert_uint_eq(st.coauthors[0].papers, 2);
	ck_assert_str_eq(st.coauthors[1].name, "Ben Baker");
	ck_assert_uint_eq(st.coauthors[1].papers, 2);
	stats_release(&st);

	/* An inferred owner is the merged person too. */
	stats_init(&st);
	stats_count(&st, recs, 4, NULL, aliases, 2);
	ck_assert_str_eq(st.owner.name, "Rio Yokota");
	ck_assert(st.owner_inferred);
	stats_release(&st);
	arena_release(&a);
}
END_TEST

Suite *
stats_suite(void)
{
	Suite	*s = suite_create("stats");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_stats_name_fold);
	tcase_add_test(tc, test_stats_same_person);
	tcase_add_test(tc, test_stats_permille);
	tcase_add_test(tc, test_stats_empty);
	tcase_add_test(tc, test_stats_areas_years);
	tcase_add_test(tc, test_stats_all_undated);
	tcase_add_test(tc, test_stats_variants);
	tcase_add_test(tc, test_stats_owner_inferred);
	tcase_add_test(tc, test_stats_owner_given);
	tcase_add_test(tc, test_stats_aliases);
	suite_add_tcase(s, tc);
	return s;
}
