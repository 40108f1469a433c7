/* Unit tests for src/key.c (citation keys, identities) and src/name.c. */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "key.h"
#include "name.h"
#include "record.h"
#include "tests.h"

static void	 check_name(const char *, const char *, const char *, bool);
static void	 make_record(struct record *, struct arena *,
		    const char *const *, const char *, const char *);
static void	 check_key(const char *, const char *, const char *,
		    const char *);
static void	 check_identity(const char *, const char *);
static void	 tuned_record(struct record *, struct arena *, const char *);

/* Asserts the split of s into given and family names. */
static void
check_name(const char *s, const char *given, const char *family,
    bool corporate)
{
	struct name	 n;

	name_split(s, &n);
	ck_assert_uint_eq(n.family_len, strlen(family));
	ck_assert_msg(strncmp(n.family, family, n.family_len) == 0,
	    "family of '%s' is '%.*s', expected '%s'", s, (int)n.family_len,
	    n.family, family);
	if (given == NULL)
		ck_assert_uint_eq(n.given_len, 0);
	else {
		ck_assert_uint_eq(n.given_len, strlen(given));
		ck_assert_msg(strncmp(n.given, given, n.given_len) == 0,
		    "given name of '%s' is '%.*s', expected '%s'", s,
		    (int)n.given_len, n.given, given);
	}
	ck_assert_int_eq(n.corporate, corporate);
}

START_TEST(test_name_suffix)
{
	struct name	 n;

	name_split("Martin Luther King Jr.", &n);
	ck_assert_uint_eq(n.suffix_len, 3);
	ck_assert(strncmp(n.suffix, "Jr.", 3) == 0);
	name_split("Henry Ford III", &n);
	ck_assert(n.suffix != NULL && strncmp(n.suffix, "III", 3) == 0);
	/* Two words: "Jr" cannot be a suffix of a family name alone. */
	name_split("Ann Jr", &n);
	ck_assert_ptr_null(n.suffix);
	ck_assert(strncmp(n.family, "Jr", n.family_len) == 0);
}
END_TEST

START_TEST(test_name_split)
{
	check_name("Rio Yokota", "Rio", "Yokota", false);
	check_name("Johannes van der Waals", "Johannes", "van der Waals",
	    false);
	check_name("Martin Luther King Jr.", "Martin Luther", "King", false);
	check_name("Barba, Lorena A.", "Lorena A.", "Barba", false);
	check_name("  van der Waals ,  Johannes ", "Johannes",
	    "van der Waals", false);
	check_name("Le Bronnec Florian", "Florian", "Le Bronnec", false);
	check_name("Van Der Berg Jan", "Jan", "Van Der Berg", false);
	check_name("LLM-jp", NULL, "LLM-jp", true);
	check_name("Lorena A. Barba", "Lorena A.", "Barba", false);
	check_name("Vincent van Gogh", "Vincent", "van Gogh", false);
	check_name("Sammy Davis Jr.", "Sammy", "Davis", false);
	check_name("Henry Ford III", "Henry", "Ford", false);
	/* a capitalised particle in two words is a given name */
	check_name("Le Florian", "Le", "Florian", false);
	check_name("Rub\xC3\xA8n Tito", "Rub\xC3\xA8n", "Tito", false);
	/* 山田 花子: family name first */
	check_name("\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90",
	    "\xE8\x8A\xB1\xE5\xAD\x90", "\xE5\xB1\xB1\xE7\x94\xB0", false);
	check_name("Tito  Rub\xC3\xA8n", "Tito", "Rub\xC3\xA8n", false);
}
END_TEST

/*
 * Builds a record from a NULL-terminated author list (may be NULL), a
 * date and a title, in the arena.
 */
static void
make_record(struct record *r, struct arena *a, const char *const *authors,
    const char *date, const char *title)
{
	record_init(r);
	if (authors != NULL)
		strlist_set(a, &r->authors, authors);
	r->date = date;
	r->title = title;
}

/* Asserts the base key of a record with one author. */
static void
check_key(const char *author, const char *date, const char *title,
    const char *want)
{
	struct arena	 a;
	struct record	 r;
	struct buf	 b;
	const char	*authors[] = { author, "Second Author", NULL };

	arena_init(&a);
	buf_init(&b);
	make_record(&r, &a, author != NULL ? authors : NULL, date, title);
	key_base(&b, &r);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
	arena_release(&a);
}

START_TEST(test_key_base)
{
	check_key("Rio Yokota", "2011-10-16", "A Tuned and Scalable Fast "
	    "Multipole Method as a Preeminent Algorithm for Exascale Systems",
	    "yokota2011tuned");
	check_key("Rio Yokota", "2011", "A Tuned Method", "yokota2011tuned");
	/* A suffix is no part of the family name, as in Google Scholar. */
	check_key("Martin Luther King Jr.", "1963", "The Dream", "king1963dream");
	check_key("Rio Yokota", "2011-10", "A Tuned Method",
	    "yokota2011tuned");
	check_key("Rub\xC3\xA8n Tito", "2024-01-02", "Document Understanding",
	    "tito2024document");
	check_key("Tito Rub\xC3\xA8n", "2024-01-02", "Document Understanding",
	    "ruben2024document");
	check_key("Jan \xC5\x81ukasz", "2020", "Graphs", "lukasz2020graphs");
	check_key("Anna M\xC3\xBCller", "2020", "\xC3\x9C" "ber Graphen",
	    "muller2020uber");
	check_key("Hans Stra\xC3\x9F" "e", "2020", "Stra\xC3\x9F" "en",
	    "strasse2020strassen");
	check_key("Le Bronnec Florian", "2026-05-27", "Beyond pass@k: "
	    "Redundancy-Aware RLVR", "lebronnec2026beyond");
	check_key("LLM-jp", "2024-07-04", "LLM-jp: A Cross-organizational "
	    "Project", "llmjp2024llm");
	check_key("Barba, Lorena A.", "2013", "Solving", "barba2013solving");
	check_key("Johannes van der Waals", "1873", "Continuity of the "
	    "Gaseous State", "vanderwaals1873continuity");
}
END_TEST

/* Undated, untitled and anonymous records still get a key. */
START_TEST(test_key_base_missing)
{
	check_key("Rio Yokota", NULL, "A Tuned Method", "yokotatuned");
	check_key("Rio Yokota", "2011", NULL, "yokota2011");
	check_key(NULL, "2011", "A Tuned Method", "anon2011tuned");
	/* a family name with no ASCII form counts as none */
	check_key("\xE6\xA8\xAA\xE7\x94\xB0 \xE7\x90\x86\xE5\xA4\xAE", "2011",
	    "Tuned", "anon2011tuned");
}
END_TEST

/* Stop words and words that fold to nothing are passed over. */
START_TEST(test_key_stop_words)
{
	check_key("Rio Yokota", "2024", "The Art of Computer Programming",
	    "yokota2024art");
	check_key("Rio Yokota", "2024", "On the Optimal Reasoning Length",
	    "yokota2024optimal");
	check_key("Rio Yokota", "2024", "Towards an Understanding of FMM",
	    "yokota2024understanding");
	check_key("Rio Yokota", "2024", "What is in a Name?",
	    "yokota2024name");
	check_key("Rio Yokota", "2024", "THE END", "yokota2024end");
	check_key("Rio Yokota", "2024", "\"Quoted\" Words", "yokota2024quoted");
	check_key("Rio Yokota", "2024", "Takeuchi's Information Criteria",
	    "yokota2024takeuchi");
	check_key("Rio Yokota", "2024", "\xE6\x97\xA5\xE6\x9C\xAC Japanese",
	    "yokota2024japanese");
	check_key("Rio Yokota", "2024", "\xC3\x89tude", "yokota2024etude");
	check_key("Rio Yokota", "2024", "of the and", "yokota2024");
}
END_TEST

/* Appends the identity of s to a fresh buffer and compares. */
static void
check_identity(const char *s, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	key_identity(&b, s);
	ck_assert_str_eq(buf_str(&b), want);
	buf_release(&b);
}

START_TEST(test_key_identity)
{
	const char	*want = "fastmultipolemethodsforgpus";

	check_identity("Fast Multipole Methods for GPUs", want);
	check_identity("fast multipole methods for gpus", want);
	check_identity("FAST MULTIPOLE METHODS FOR GPUS", want);
	check_identity("Fast-Multipole Methods, for GPUs.", want);
	check_identity("  Fast Multipole\tMethods   for GPUs ", want);
	check_identity("\xE2\x80\x9C" "Fast Multipole Methods\xE2\x80\x9D "
	    "for GPUs!?", want);
	/* the fullwidth letters of NFKC */
	check_identity("Fast Multipole Methods for \xEF\xBC\xA7\xEF\xBC\xB0"
	    "\xEF\xBC\xB5s", want);
	/* the ligature U+FB01 against "fi" */
	check_identity("De\xEF\xAC\x81ning Identity", "definingidentity");
	check_identity("Defining identity", "definingidentity");
	/* decomposed and precomposed accents */
	check_identity("Caf" "e\xCC\x81", "caf\xC3\xA9");
	check_identity("CAF\xC3\x89", "caf\xC3\xA9");
	/* digits and symbols are kept, so these stay apart */
	check_identity("O(N) FMM", "onfmm");
	check_identity("O(N^2) FMM", "on^2fmm");
	check_identity("", "");
}
END_TEST

/* Builds a Yokota 2011 record whose key field is key (may be NULL). */
static void
tuned_record(struct record *r, struct arena *a, const char *key)
{
	static const char *const authors[] = { "Rio Yokota", NULL };

	make_record(r, a, authors, "2011-10-16", "A Tuned and Scalable Fast "
	    "Multipole Method");
	r->key = key;
}

/* Clashing records get the base, then "a", "b", ..., "z", "aa". */
START_TEST(test_keyer_collisions)
{
	struct arena	 a;
	struct keyer	 k;
	struct record	 r;
	char		 want[32];
	size_t		 i;

	arena_init(&a);
	keyer_init(&k);
	tuned_record(&r, &a, NULL);
	ck_assert(!keyer_is_used(&k, "yokota2011tuned"));
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tuned");
	ck_assert(keyer_is_used(&k, "yokota2011tuned"));
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tuneda");
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tunedb");
	for (i = 2; i < 26; i++) {
		snprintf(want, sizeof(want), "yokota2011tuned%c",
		    (char)('a' + i));
		ck_assert_str_eq(keyer_assign(&k, &r), want);
	}
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tunedaa");
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tunedab");
	keyer_release(&k);
	arena_release(&a);
}
END_TEST

/* The same records in the same order get the same keys in a new run. */
START_TEST(test_keyer_deterministic)
{
	static const char *const first[] = { "Rio Yokota", NULL };
	static const char *const other[] = { "Huda Ibeid", NULL };
	struct arena	 a;
	struct keyer	 k;
	struct record	 r[4];
	const char	*keys[2][4];
	int		 run, i;

	arena_init(&a);
	make_record(&r[0], &a, first, "2012", "Fast Multipole");
	make_record(&r[1], &a, other, "2012", "Fast Multipole");
	make_record(&r[2], &a, first, "2012-03-05", "Fast and Scalable");
	make_record(&r[3], &a, first, "2012", "Fast Multipole");
	for (run = 0; run < 2; run++) {
		keyer_init(&k);
		for (i = 0; i < 4; i++)
			keys[run][i] = arena_strdup(&a, keyer_assign(&k,
			    &r[i]));
		keyer_release(&k);
	}
	ck_assert_str_eq(keys[0][0], "yokota2012fast");
	ck_assert_str_eq(keys[0][1], "ibeid2012fast");
	ck_assert_str_eq(keys[0][2], "yokota2012fasta");
	ck_assert_str_eq(keys[0][3], "yokota2012fastb");
	for (i = 0; i < 4; i++)
		ck_assert_str_eq(keys[0][i], keys[1][i]);
	arena_release(&a);
}
END_TEST

/* A reserved key stays taken; a record keeps its own key when free. */
START_TEST(test_keyer_reserve_and_keep)
{
	struct arena	 a;
	struct keyer	 k;
	struct record	 r;
	char		 stored[] = "yokota2011tuned";

	arena_init(&a);
	keyer_init(&k);
	keyer_reserve(&k, stored);
	keyer_reserve(&k, "yokota2011tuned");	/* twice is harmless */
	stored[0] = 'X';	/* the keyer keeps its own copy */
	ck_assert(keyer_is_used(&k, "yokota2011tuned"));
	ck_assert(!keyer_is_used(&k, stored));
	tuned_record(&r, &a, NULL);
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tuneda");

	/* a stored key is kept as it is, even when it is not the base */
	tuned_record(&r, &a, "mykey");
	ck_assert_str_eq(keyer_assign(&k, &r), "mykey");
	ck_assert(keyer_is_used(&k, "mykey"));
	/* taken now: the record falls back to its base with a suffix */
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tunedb");
	/* a reserved key that is the record's own key is not given out */
	tuned_record(&r, &a, "yokota2011tuned");
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tunedc");
	keyer_release(&k);
	arena_release(&a);
}
END_TEST

/*
 * Many keys, in no order: every one reserved is taken, in whatever
 * order its shard received it, and none other is.
 */
START_TEST(test_keyer_many)
{
	struct keyer	 k;
	char		 key[32];
	unsigned long	 i;

	keyer_init(&k);
	for (i = 0; i < 50000; i++) {
		snprintf(key, sizeof(key), "k%lu", (i * 7919) % 50000);
		keyer_reserve(&k, key);
	}
	for (i = 0; i < 50000; i++) {
		snprintf(key, sizeof(key), "k%lu", i);
		ck_assert(keyer_is_used(&k, key));
		snprintf(key, sizeof(key), "x%lu", i);
		ck_assert(!keyer_is_used(&k, key));
	}
	keyer_release(&k);
	ck_assert(!keyer_is_used(&k, "k1"));
}
END_TEST

/* Keys are one when they differ only in the case of ASCII letters. */
START_TEST(test_keyer_any_case)
{
	struct arena	 a;
	struct keyer	 k;
	struct record	 r;

	arena_init(&a);
	keyer_init(&k);
	tuned_record(&r, &a, "Yokota2011");
	ck_assert_str_eq(keyer_assign(&k, &r), "Yokota2011");
	ck_assert(keyer_is_used(&k, "yokota2011"));
	ck_assert(keyer_is_used(&k, "YOKOTA2011"));
	r.key = "yokota2011";
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tuned");
	r.key = "YOKOTA2011TUNED";
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011tuneda");
	/* Bytes beyond ASCII are compared as they are. */
	r.key = "\xc3\x89t\xc3\xa9";
	ck_assert_str_eq(keyer_assign(&k, &r), "\xc3\x89t\xc3\xa9");
	ck_assert(!keyer_is_used(&k, "\xc3\xa9t\xc3\xa9"));
	keyer_release(&k);
	arena_release(&a);
}
END_TEST

/*
 * An input's entry keys, registered with their lines: a second one is a
 * duplicate of the first in any case, in that input only; a key
 * registered but not taken is free to the keyer, one taken stays taken
 * in the inputs after.
 */
START_TEST(test_keyer_register)
{
	struct arena	 a;
	struct keyer	 k;
	struct record	 r;
	unsigned long	 first = 99;

	arena_init(&a);
	keyer_init(&k);
	keyer_next_input(&k);
	ck_assert(keyer_register(&k, "held", 4, 3, &first));
	ck_assert(keyer_register(&k, "Mine", 4, 10, &first));
	ck_assert(!keyer_register(&k, "mINE", 4, 20, &first));
	ck_assert_uint_eq(first, 10);
	ck_assert(!keyer_is_used(&k, "mine"));
	tuned_record(&r, &a, "Mine");
	ck_assert_str_eq(keyer_assign(&k, &r), "Mine");
	ck_assert(keyer_is_used(&k, "mine"));
	ck_assert(!keyer_register(&k, "MINE", 4, 30, &first));
	ck_assert_uint_eq(first, 10);
	/* A record without a key may take one registered and held. */
	tuned_record(&r, &a, NULL);
	r.title = "Held";
	ck_assert(keyer_register(&k, "yokota2011held", 14, 40, &first));
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011held");
	r.key = "yokota2011held";
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011helda");
	/* A line past what the set keeps is said as 0. */
	ck_assert(keyer_register(&k, "far", 3, 4294967295UL, &first));
	ck_assert(!keyer_register(&k, "FAR", 3, 5, &first));
	ck_assert_uint_eq(first, 0);
	ck_assert(keyer_register(&k, "near", 4, 16777216, &first));
	ck_assert(!keyer_register(&k, "near", 4, 16777217, &first));
	ck_assert_uint_eq(first, 16777216);
	ck_assert(!keyer_register(&k, "Mine", 4, 50, &first));
	ck_assert_uint_eq(first, 10);
	/* The next input: nothing is its own yet; what was taken is. */
	keyer_next_input(&k);
	ck_assert(keyer_register(&k, "mine", 4, 1, &first));
	ck_assert(keyer_register(&k, "held", 4, 2, &first));
	ck_assert(!keyer_register(&k, "HELD", 4, 3, &first));
	ck_assert_uint_eq(first, 2);
	ck_assert(keyer_is_used(&k, "MINE"));
	ck_assert(!keyer_is_used(&k, "held"));
	r.key = "mine";
	ck_assert_str_eq(keyer_assign(&k, &r), "yokota2011heldb");
	keyer_release(&k);
	arena_release(&a);
}
END_TEST

Suite *
key_suite(void)
{
	Suite	*s = suite_create("key");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_name_split);
	tcase_add_test(tc, test_name_suffix);
	tcase_add_test(tc, test_key_base);
	tcase_add_test(tc, test_key_base_missing);
	tcase_add_test(tc, test_key_stop_words);
	tcase_add_test(tc, test_key_identity);
	tcase_add_test(tc, test_keyer_collisions);
	tcase_add_test(tc, test_keyer_deterministic);
	tcase_add_test(tc, test_keyer_reserve_and_keep);
	tcase_add_test(tc, test_keyer_many);
	tcase_add_test(tc, test_keyer_any_case);
	tcase_add_test(tc, test_keyer_register);
	suite_add_tcase(s, tc);
	return s;
}
