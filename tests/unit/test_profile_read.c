/*
 * Unit tests for src/profile_read.c, the profile text reader, on pieces
 * of fixtures/profile/yokota.txt and on broken variants of them.  Every
 * diagnostic is compared whole, position included.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "buf.h"
#include "diag.h"
#include "format.h"
#include "record.h"
#include "tests.h"

static void	 read_yokota(const char *, size_t, struct readres *);
static char	*rewrite(const char *, bool, bool);
static void	 read_clean(const char *, size_t, struct readres *);
static void	 check_bad(const char *, size_t, const char *,
		    const char *const *);
static void	 check_bad_str(const char *, const char *,
		    const char *const *);

/*
 * The header block and five records of fixtures/profile/yokota.txt
 * (lines 1-22, 30-35, 142-147 and 352-356), abstracts cut short.
 */
static const char yokota[] =
	"h-index50\n"						/*  1 */
	"50papers\n"
	"1,046citations\n"
	"Novelty49%\n"
	"AI Score59\n"						/*  5 */
	"\n"
	"50 Papers\n"
	"\n"
	"21.4CLMay 27\n"					/*  9 */
	"Beyond pass@k: Redundancy-Aware RLVR for Multi-Sample Code "
	    "Generation\n"
	"\n"
	"Le Bronnec Florian, Alexandre Verine, Rio Yokota et al.\n"
	"\n"
	"LLMs for code generation are commonly evaluated in "
	    "repeated-sampling settings using Pass@k.\n"
	"\n"							/* 15 */
	"CLJul 4, 2024Code\n"					/* 16 */
	"LLM-jp: A Cross-organizational Project for the Research and "
	    "Development of Fully Open Japanese LLMs\n"
	"\n"
	"LLM-jp, Akiko Aizawa, Eiji Aramaki et al.\n"
	"\n"							/* 20 */
	"This paper introduces LLM-jp, a cross-organizational project.\n"
	"\n"
	"NAFeb 6, 2016\n"					/* 23 */
	"Fast Multipole Method as a Matrix-Free Hierarchical Low-Rank "
	    "Approximation\n"
	"\n"							/* 25 */
	"Rio Yokota, Huda Ibeid, David Keyes\n"
	"\n"
	"There has been a large increase in the amount of work.\n"
	"\n"
	"CLMar 30, 2024Code\n"					/* 30 */
	"Aurora-M: Open Source Continual Pre-training for Multilingual "
	    "Language and Code\n"
	"\n"
	"Taishi Nakamura, Mayank Mishra, Simone Tedeschi et al. \xC2\xB7 "
	    "ibm-research, stanford\n"
	"\n"
	"Pretrained language models are an integral part of AI "
	    "applications.\n"					/* 35 */
	"\n"
	"LGNov 29, 2018\n"					/* 37 */
	"Large-Scale Distributed Second-Order Optimization Using "
	    "Kronecker-Factored Approximate Curvature for Deep "
	    "Convolutional Neural Networks\n"
	"\n"
	"Kazuki Osawa, Yohei Tsuji, Yuichiro Ueno et al.\n"	/* 40 */
	"\n";

/* Reads the excerpt above and checks that nothing was reported. */
static void
read_yokota(const char *text, size_t len, struct readres *res)
{
	readres_init(res);
	read_input(&profile_reader, text, len, res);
	ck_assert_str_eq(res->diag, "");
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, 5);
}

START_TEST(test_profile_header_figures)
{
	struct readres	 res;
	struct profile	*p = &res.set.profile;

	read_yokota(yokota, strlen(yokota), &res);
	ck_assert_uint_eq(res.nprofiles, 1);
	ck_assert(res.set.has_profile);
	ck_assert_int_eq(p->h_index, 50);
	ck_assert_int_eq(p->papers, 50);
	ck_assert_int_eq(p->citations, 1046);
	ck_assert_int_eq(p->novelty, 49);
	ck_assert_int_eq(p->ai_score, 59);
	ck_assert_int_eq(p->listed, 50);
	readres_release(&res);
}
END_TEST

START_TEST(test_profile_record_fields)
{
	static const char *const authors0[] = {
		"Le Bronnec Florian", "Alexandre Verine", "Rio Yokota", NULL
	};
	static const char *const authors1[] = {
		"LLM-jp", "Akiko Aizawa", "Eiji Aramaki", NULL
	};
	static const char *const authors2[] = {
		"Rio Yokota", "Huda Ibeid", "David Keyes", NULL
	};
	static const char *const authors3[] = {
		"Taishi Nakamura", "Mayank Mishra", "Simone Tedeschi", NULL
	};
	static const char *const authors4[] = {
		"Kazuki Osawa", "Yohei Tsuji", "Yuichiro Ueno", NULL
	};
	static const char *const orgs3[] = { "ibm-research", "stanford", NULL };
	static const char *const none[] = { NULL };
	static const char *const profile[] = { "profile", NULL };
	struct readres	 res;
	struct record	**r;
	size_t		 i;

	read_yokota(yokota, strlen(yokota), &res);
	r = res.set.recs;

	ck_assert_str_eq(r[0]->score, "21.4");
	ck_assert_str_eq(r[0]->area, "CL");
	ck_assert_str_eq(r[0]->date, "2026-05-27");
	ck_assert(!r[0]->code);
	ck_assert_str_eq(r[0]->title, "Beyond pass@k: Redundancy-Aware RLVR "
	    "for Multi-Sample Code Generation");
	check_strlist(&r[0]->authors, authors0);
	ck_assert(r[0]->et_al);
	check_strlist(&r[0]->orgs, none);
	ck_assert_str_eq(r[0]->abstract, "LLMs for code generation are "
	    "commonly evaluated in repeated-sampling settings using Pass@k.");
	ck_assert_uint_eq(r[0]->pos.line, 9);

	ck_assert_ptr_null(r[1]->score);
	ck_assert_str_eq(r[1]->area, "CL");
	ck_assert_str_eq(r[1]->date, "2024-07-04");
	ck_assert(r[1]->code);
	ck_assert_str_eq(r[1]->title, "LLM-jp: A Cross-organizational Project "
	    "for the Research and Development of Fully Open Japanese LLMs");
	check_strlist(&r[1]->authors, authors1);
	ck_assert(r[1]->et_al);
	ck_assert_str_eq(r[1]->abstract, "This paper introduces LLM-jp, a "
	    "cross-organizational project.");
	ck_assert_uint_eq(r[1]->pos.line, 16);

	ck_assert_ptr_null(r[2]->score);
	ck_assert_str_eq(r[2]->area, "NA");
	ck_assert_str_eq(r[2]->date, "2016-02-06");
	ck_assert(!r[2]->code);
	ck_assert_str_eq(r[2]->title, "Fast Multipole Method as a Matrix-Free "
	    "Hierarchical Low-Rank Approximation");
	check_strlist(&r[2]->authors, authors2);
	ck_assert(!r[2]->et_al);
	ck_assert_uint_eq(r[2]->pos.line, 23);

	ck_assert_str_eq(r[3]->area, "CL");
	ck_assert_str_eq(r[3]->date, "2024-03-30");
	ck_assert(r[3]->code);
	check_strlist(&r[3]->authors, authors3);
	ck_assert(r[3]->et_al);
	check_strlist(&r[3]->orgs, orgs3);
	ck_assert_str_eq(r[3]->abstract, "Pretrained language models are an "
	    "integral part of AI applications.");
	ck_assert_uint_eq(r[3]->pos.line, 30);

	ck_assert_str_eq(r[4]->area, "LG");
	ck_assert_str_eq(r[4]->date, "2018-11-29");
	ck_assert_str_eq(r[4]->title, "Large-Scale Distributed Second-Order "
	    "Optimization Using Kronecker-Factored Approximate Curvature for "
	    "Deep Convolutional Neural Networks");
	check_strlist(&r[4]->authors, authors4);
	ck_assert(r[4]->et_al);
	ck_assert_ptr_null(r[4]->abstract);
	ck_assert_uint_eq(r[4]->pos.line, 37);

	for (i = 0; i < 5; i++) {
		ck_assert_str_eq(r[i]->pos.file, "<stdin>");
		ck_assert_ptr_null(r[i]->key);
		ck_assert_ptr_null(r[i]->arxiv);
		check_strlist(&r[i]->sources, profile);
	}
	for (i = 2; i < 5; i++)
		if (i != 3)
			check_strlist(&r[i]->orgs, none);
	readres_release(&res);
}
END_TEST

/* Rewrites s with CRLF line ends, after a BOM when bom is set. */
static char *
rewrite(const char *s, bool bom, bool crlf)
{
	struct buf	 b;

	buf_init(&b);
	if (bom)
		buf_addstr(&b, "\xEF\xBB\xBF");
	for (; *s != '\0'; s++) {
		if (*s == '\n' && crlf)
			buf_addc(&b, '\r');
		buf_addc(&b, *s);
	}
	return buf_detach(&b);
}

/* CRLF line ends and a byte order mark change nothing. */
START_TEST(test_profile_crlf_bom)
{
	struct readres	 plain, other;
	char		*text;
	size_t		 i;
	int		 variant;

	read_yokota(yokota, strlen(yokota), &plain);
	for (variant = 1; variant < 4; variant++) {
		text = rewrite(yokota, variant & 1, variant & 2);
		read_yokota(text, strlen(text), &other);
		ck_assert(profile_equal(&plain.set.profile,
		    &other.set.profile));
		for (i = 0; i < plain.set.n; i++) {
			check_record_eq(plain.set.recs[i], other.set.recs[i]);
			ck_assert_uint_eq(plain.set.recs[i]->pos.line,
			    other.set.recs[i]->pos.line);
		}
		readres_release(&other);
		free(text);
	}
	readres_release(&plain);
}
END_TEST

/* Runs the reader on s, expecting no messages and n records. */
static void
read_clean(const char *s, size_t n, struct readres *res)
{
	readres_init(res);
	read_str(&profile_reader, s, res);
	ck_assert_str_eq(res->diag, "");
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, n);
}

/* Dates without a year, as of 2026-11-26. */
START_TEST(test_profile_yearless_dates)
{
	struct readres	 res;

	read_clean(
	    "CLMay 27\nT1\n\nA B\n\n"
	    "CLDec 3\nT2\n\nA B\n\n"
	    "CLNov 26\nT3\n\nA B\n\n"
	    "CLNov 27\nT4\n\nA B\n\n"
	    "CLFeb 29\nT5\n\nA B\n\n"
	    "CLJan 1\nT6\n\nA B\n", 6, &res);
	ck_assert_str_eq(res.set.recs[0]->date, "2026-05-27");
	ck_assert_str_eq(res.set.recs[1]->date, "2025-12-03");
	ck_assert_str_eq(res.set.recs[2]->date, "2026-11-26");
	ck_assert_str_eq(res.set.recs[3]->date, "2025-11-27");
	ck_assert_str_eq(res.set.recs[4]->date, "2024-02-29");
	ck_assert_str_eq(res.set.recs[5]->date, "2026-01-01");
	ck_assert(!res.set.has_profile);
	readres_release(&res);
}
END_TEST

/* Another as-of date gives other years; a full date ignores it. */
START_TEST(test_profile_asof)
{
	struct readres	 res;

	readres_init(&res);
	ck_assert(date_parse("2024-03-01", &res.asof));
	read_str(&profile_reader,
	    "CLFeb 29\nT1\n\nA B\n\nCLMar 2\nT2\n\nA B\n\n"
	    "CLMar 2, 2019\nT3\n\nA B\n", &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 3);
	ck_assert_str_eq(res.set.recs[0]->date, "2024-02-29");
	ck_assert_str_eq(res.set.recs[1]->date, "2023-03-02");
	ck_assert_str_eq(res.set.recs[2]->date, "2019-03-02");
	readres_release(&res);
}
END_TEST

/* Titles, names and abstracts come out in NFC with spaces collapsed. */
START_TEST(test_profile_nfc)
{
	struct readres	 res;
	struct record	*r;

	read_clean("CVSep 29, 2023\n"
	    "  Caf" "e\xCC\x81   Analysis \n"
	    "\n"
	    "Rube\xCC\x80n  Tito, Ludwig   Mu\xCC\x88ller\n"
	    "\n"
	    "Se\xCC\x81mantique  first line\n"
	    "second line\n"
	    "\n"
	    "\n"
	    "Second paragraph.\n", 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->title, "Caf\xC3\xA9 Analysis");
	ck_assert_uint_eq(r->authors.n, 2);
	ck_assert_str_eq(r->authors.v[0], "Rub\xC3\xA8n Tito");
	ck_assert_str_eq(r->authors.v[1], "Ludwig M\xC3\xBCller");
	ck_assert(!r->et_al);
	ck_assert_str_eq(r->abstract, "S\xC3\xA9mantique first line second "
	    "line\n\nSecond paragraph.");
	readres_release(&res);
}
END_TEST

/* Edge cases of the author line: "et al." alone, empty items, orgs. */
START_TEST(test_profile_author_line)
{
	struct readres	 res;
	static const char *const a0[] = { "A B", "C D", NULL };
	static const char *const o0[] = { "org one", "org two", NULL };
	static const char *const a1[] = { "Solo Author", NULL };

	read_clean("CLMay 1, 2020\nT\n\nA B, , C D, et al. \xC2\xB7 org one,"
	    " , org two\n\n"
	    "CLMay 2, 2020\nT\n\nSolo Author\n", 2, &res);
	check_strlist(&res.set.recs[0]->authors, a0);
	ck_assert(res.set.recs[0]->et_al);
	check_strlist(&res.set.recs[0]->orgs, o0);
	check_strlist(&res.set.recs[1]->authors, a1);
	ck_assert(!res.set.recs[1]->et_al);
	ck_assert_uint_eq(res.set.recs[1]->orgs.n, 0);
	readres_release(&res);
}
END_TEST

/* No input, blank input, or header figures alone: no records. */
START_TEST(test_profile_empty)
{
	struct readres	 res;

	read_clean("", 0, &res);
	ck_assert(!res.set.has_profile);
	readres_release(&res);
	read_clean("\n\n  \n", 0, &res);
	ck_assert(!res.set.has_profile);
	readres_release(&res);
	read_clean("h-index7\n12 papers\n", 0, &res);
	ck_assert_uint_eq(res.nprofiles, 1);
	ck_assert_int_eq(res.set.profile.h_index, 7);
	ck_assert_int_eq(res.set.profile.listed, 12);
	ck_assert_int_eq(res.set.profile.papers, -1);
	ck_assert_int_eq(res.set.profile.citations, -1);
	readres_release(&res);
}
END_TEST

/* A read error is reported and makes read() return -1. */
START_TEST(test_profile_read_error)
{
	struct readres	 res;

	readres_init(&res);
	read_unreadable(&profile_reader, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>: cannot read: Is a directory\n");
	ck_assert_int_eq(res.rc, -1);
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);
}
END_TEST

/* A sink's non-zero value stops the reader, which returns it. */
START_TEST(test_profile_sink_stop)
{
	struct readres	 res;

	readres_init(&res);
	res.stop_after = 2;
	read_str(&profile_reader, yokota, &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);
}
END_TEST

/*
 * Runs the reader on s[0..len), expecting exactly the messages want, one
 * error and records with the titles in the NULL-terminated list titles.
 * The records GOOD1 and GOOD2 below must come through whole, with
 * nothing of the bad record mixed in.
 */
static void
check_bad(const char *s, size_t len, const char *want,
    const char *const *titles)
{
	struct readres	 res;
	struct record	*r;
	size_t		 i;

	readres_init(&res);
	read_input(&profile_reader, s, len, &res);
	ck_assert_str_eq(res.diag, want);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.nerrors, 1);
	for (i = 0; titles[i] != NULL; i++) {
		ck_assert_uint_lt(i, res.set.n);
		r = res.set.recs[i];
		ck_assert_str_eq(r->title, titles[i]);
		ck_assert_uint_eq(r->authors.n, 1);
		if (strcmp(r->title, "Good One") == 0) {
			ck_assert_str_eq(r->date, "2026-05-20");
			ck_assert_str_eq(r->authors.v[0], "A B");
			ck_assert_pstr_eq(r->abstract, "Abstract one.");
		} else {
			ck_assert_str_eq(r->date, "2026-05-21");
			ck_assert_str_eq(r->authors.v[0], "E F");
			ck_assert_pstr_eq(r->abstract, NULL);
		}
	}
	ck_assert_uint_eq(res.set.n, i);
	readres_release(&res);
}

/* check_bad() on a C string. */
static void
check_bad_str(const char *s, const char *want, const char *const *titles)
{
	check_bad(s, strlen(s), want, titles);
}

/*
 * GOOD1 fills lines 1-7, so the record under test starts at line 8;
 * GOOD2 follows it.
 */
#define GOOD1		"CLMay 20\nGood One\n\nA B\n\nAbstract one.\n\n"
#define GOOD2		"CLMay 21\nGood Two\n\nE F\n"

static const char *const both[] = { "Good One", "Good Two", NULL };

START_TEST(test_profile_bad_utf8)
{
	check_bad_str(GOOD1 "CLMay 28\nBad \xFF Title\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:9:5: error: invalid UTF-8 (byte 0xFF)\n", both);
	/* the column counts code points: C a f é space */
	check_bad_str(GOOD1 "CLMay 28\nCaf\xC3\xA9 \xC3\x28\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:9:6: error: invalid UTF-8 (byte 0xC3)\n", both);
	/* in the abstract, it spoils the record */
	check_bad_str(GOOD1 "CLMay 28\nBad\n\nC D\n\nfine\n\xE2\x82\n\n"
	    GOOD2, "pubtool: <stdin>:14:1: error: invalid UTF-8 "
	    "(byte 0xE2)\n", both);
	/* before the first record, the line is dropped, nothing else */
	check_bad_str("h-index\xC0" "5\n\n" GOOD1 GOOD2,
	    "pubtool: <stdin>:1:8: error: invalid UTF-8 (byte 0xC0)\n", both);
}
END_TEST

START_TEST(test_profile_nul_byte)
{
	static const char s[] = GOOD1 "CLMay 28\nBad\n\nC\0D\n\n" GOOD2;

	check_bad(s, sizeof(s) - 1,
	    "pubtool: <stdin>:11:2: error: NUL byte\n", both);
}
END_TEST

START_TEST(test_profile_control_char)
{
	check_bad_str(GOOD1 "CLMay 28\nBad\x1B[1m\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:9:4: error: control character (byte 0x1B)\n",
	    both);
}
END_TEST

/* C1 controls and noncharacters are as bad as C0 controls. */
START_TEST(test_profile_c1_control)
{
	check_bad_str(GOOD1 "CLMay 28\nBad\xC2\x9B Title\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:9:4: error: control character (U+009B)\n",
	    both);
	check_bad_str(GOOD1 "CLMay 28\nBad\n\nC \xEF\xBF\xBF D\n\n" GOOD2,
	    "pubtool: <stdin>:11:3: error: control character (U+FFFF)\n",
	    both);
}
END_TEST

/* Columns count in the line as written, before it is trimmed. */
START_TEST(test_profile_column_untrimmed)
{
	check_bad_str(GOOD1 "CLMay 28\n\t  Bad \xFF\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:9:8: error: invalid UTF-8 (byte 0xFF)\n", both);
}
END_TEST

/*
 * Lines that only look like headers: no area code, a day of three
 * digits, a two-digit year are reported; text such as "Results 2024",
 * "BERTology 101" or "GPUs 4" stays text.
 */
START_TEST(test_profile_malformed_header)
{
	struct readres	 res;

	check_bad_str(GOOD1 "May 27\nNo Area\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: malformed record header 'May 27'\n",
	    both);
	check_bad_str(GOOD1 "CLMay 271\nDay\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: malformed record header "
	    "'CLMay 271'\n", both);
	check_bad_str(GOOD1 "CLMay 27, 24\nYear\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: malformed record header "
	    "'CLMay 27, 24'\n", both);
	readres_init(&res);
	read_str(&profile_reader, "CLMay 20\nT\n\nA B\n\nResults 2024\n"
	    "BERTology 101\n\nGPUs 4\n\n  CVMay 4, 2024  \nU\n\nC D\n",
	    &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->abstract,
	    "Results 2024 BERTology 101\n\nGPUs 4");
	ck_assert_str_eq(res.set.recs[1]->date, "2024-05-04");
	readres_release(&res);
}
END_TEST

/* A record with several bad lines is one rejected record. */
START_TEST(test_profile_one_reject_per_record)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&profile_reader, GOOD1 "CLMay 28\nBad \xFF\n\nC \xFF\n\n"
	    GOOD2, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:9:5: error: invalid "
	    "UTF-8 (byte 0xFF)\n");
	ck_assert_uint_eq(res.nrejects, 1);
	ck_assert_uint_eq(res.set.n, 2);
	readres_release(&res);
}
END_TEST

START_TEST(test_profile_impossible_date)
{
	check_bad_str(GOOD1 "CLFeb 30, 2024\nBad\n\nC D\n\nText.\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'Feb 30, 2024'\n",
	    both);
	check_bad_str(GOOD1 "CLFeb 30\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'Feb 30'\n", both);
	check_bad_str(GOOD1 "CLFeb 29, 2023\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'Feb 29, 2023'\n",
	    both);
	check_bad_str(GOOD1 "CLApr 31\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'Apr 31'\n", both);
	check_bad_str(GOOD1 "CLMay 0, 2024\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'May 0, 2024'\n",
	    both);
	/* a year that was given as 0000 is not a missing year */
	check_bad_str(GOOD1 "CLMay 3, 0000\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: impossible date 'May 3, 0000'\n",
	    both);
}
END_TEST

START_TEST(test_profile_unknown_month)
{
	check_bad_str(GOOD1 "CLFoo 3, 2024Code\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: unknown month 'Foo'\n", both);
	check_bad_str(GOOD1 "21.4LGMai 3\nBad\n\nC D\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: unknown month 'Mai'\n", both);
}
END_TEST

START_TEST(test_profile_no_title)
{
	/* a blank line where the title should be */
	check_bad_str(GOOD1 "CLMay 28\n\nC D\n\nText.\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: record has no title\n", both);
	/* the next record's header right after the header */
	check_bad_str(GOOD1 "CLMay 28\n" GOOD2,
	    "pubtool: <stdin>:8: error: record has no title\n", both);
}
END_TEST

START_TEST(test_profile_no_authors)
{
	/* the next record's header where the authors should be */
	check_bad_str(GOOD1 "CLMay 28\nBad\n\n" GOOD2,
	    "pubtool: <stdin>:8: error: record has no authors\n", both);
	/* an author line with no name in it, reported at that line */
	check_bad_str(GOOD1 "CLMay 28\nBad\n\net al. \xC2\xB7 org\n\nText.\n\n"
	    GOOD2, "pubtool: <stdin>:11: error: record has no authors\n",
	    both);
}
END_TEST

START_TEST(test_profile_truncated)
{
	static const char *const one[] = { "Good One", NULL };

	check_bad_str(GOOD1 "CLMay 28\n",
	    "pubtool: <stdin>:8: error: truncated record: end of input "
	    "before the title\n", one);
	check_bad_str(GOOD1 "CLMay 28",
	    "pubtool: <stdin>:8: error: truncated record: end of input "
	    "before the title\n", one);
	check_bad_str(GOOD1 "CLMay 28\nCut Short\n",
	    "pubtool: <stdin>:8: error: truncated record: end of input "
	    "before the authors\n", one);
	check_bad_str(GOOD1 "CLMay 28\nCut Short\n\n\n",
	    "pubtool: <stdin>:8: error: truncated record: end of input "
	    "before the authors\n", one);
}
END_TEST

/* Warnings do not count as errors; the records are kept. */
START_TEST(test_profile_warnings)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&profile_reader, "h-index50\nFollow\n\n"
	    "CLJul 4, 2024Data\nT\n\nA B\n", &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:2: warning: ignoring unrecognised line before "
	    "the first record\n"
	    "pubtool: <stdin>:4:14: warning: ignoring unknown marker 'Data'\n");
	ck_assert_uint_eq(res.nerrors, 0);
	ck_assert_uint_eq(res.nwarnings, 2);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert(!res.set.recs[0]->code);
	ck_assert_str_eq(res.set.recs[0]->date, "2024-07-04");
	ck_assert_int_eq(res.set.profile.h_index, 50);
	readres_release(&res);
}
END_TEST

Suite *
profile_read_suite(void)
{
	Suite	*s = suite_create("profile_read");
	TCase	*good = tcase_create("good");
	TCase	*bad = tcase_create("bad");

	tcase_add_test(good, test_profile_header_figures);
	tcase_add_test(good, test_profile_record_fields);
	tcase_add_test(good, test_profile_crlf_bom);
	tcase_add_test(good, test_profile_yearless_dates);
	tcase_add_test(good, test_profile_asof);
	tcase_add_test(good, test_profile_nfc);
	tcase_add_test(good, test_profile_author_line);
	tcase_add_test(good, test_profile_empty);
	tcase_add_test(good, test_profile_sink_stop);
	tcase_add_test(good, test_profile_read_error);
	tcase_add_test(good, test_profile_warnings);
	suite_add_tcase(s, good);
	tcase_add_test(bad, test_profile_bad_utf8);
	tcase_add_test(bad, test_profile_nul_byte);
	tcase_add_test(bad, test_profile_control_char);
	tcase_add_test(bad, test_profile_c1_control);
	tcase_add_test(bad, test_profile_column_untrimmed);
	tcase_add_test(bad, test_profile_malformed_header);
	tcase_add_test(bad, test_profile_one_reject_per_record);
	tcase_add_test(bad, test_profile_impossible_date);
	tcase_add_test(bad, test_profile_unknown_month);
	tcase_add_test(bad, test_profile_no_title);
	tcase_add_test(bad, test_profile_no_authors);
	tcase_add_test(bad, test_profile_truncated);
	suite_add_tcase(s, bad);
	return s;
}
