/*
 * Unit tests for src/csv_read.c, the CSV reader: RFC 4180 syntax (quotes,
 * doubled quotes, line breaks inside cells, CRLF, LF and CR row ends, the
 * byte order mark), pubtool's own CSV read back exactly (also through
 * csv_writer, formula guard included), header aliases, the rules for
 * foreign CSV, every error with its message and position, and inputs
 * that would be slow if anything were quadratic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "record.h"
#include "tests.h"

#define HEADER	"key,title,authors,et_al,orgs,area,date,year,code,score," \
		"abstract,arxiv,doi,venue,url,pages,volume,sources\r\n"

static void	 read_clean(const char *, size_t, struct readres *);
static void	 read_warn(const char *, const char *, size_t,
		    struct readres *);
static void	 check_bad(const char *, size_t, const char *,
		    const char *const *);
static void	 check_bad_str(const char *, const char *,
		    const char *const *);
static char	*rewrite(const char *, const char *, bool);

/* Reads the C string s, expecting no message and n records. */
static void
read_clean(const char *s, size_t n, struct readres *res)
{
	readres_init(res);
	read_str(&csv_reader, s, res);
	ck_assert_str_eq(res->diag, "");
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, n);
}

/* Reads s, expecting exactly the warnings want and n records. */
static void
read_warn(const char *s, const char *want, size_t n, struct readres *res)
{
	readres_init(res);
	read_str(&csv_reader, s, res);
	ck_assert_str_eq(res->diag, want);
	ck_assert_uint_eq(res->nerrors, 0);
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, n);
}

/* Two rows of pubtool's own CSV, as cite -F csv writes profile/tito.txt. */
static const char tito[] = HEADER
    "tito2026elastic,Elastic Checkpointing for Training Runs That Outlive "
    "Their Clusters,Rub\xC3\xA8n Tito; \xE5\xB1\xB1\xE7\x94\xB0 "
    "\xE8\x8A\xB1\xE5\xAD\x90; Jonas \xC3\x98ster,true,upf-barcelona; "
    "riken-ccs,DC,2026-10-03,2026,false,8.7,\"Long training jobs, now.\","
    ",,,,,,profile\r\n"
    "tito2018roofline,A Roofline Model for Tensor Cores,Rub\xC3\xA8n Tito; "
    "Jonas \xC3\x98ster,false,upf-barcelona,PF,2018-05-14,2018,true,12.0,"
    "We extend the roofline model.,,,,,,,profile\r\n";

START_TEST(test_csv_pubtool_fields)
{
	static const char *const a0[] = {
		"Rub\xC3\xA8n Tito", "\xE5\xB1\xB1\xE7\x94\xB0 "
		"\xE8\x8A\xB1\xE5\xAD\x90", "Jonas \xC3\x98ster", NULL
	};
	static const char *const o0[] = {
		"upf-barcelona", "riken-ccs", NULL
	};
	static const char *const a1[] = {
		"Rub\xC3\xA8n Tito", "Jonas \xC3\x98ster", NULL
	};
	static const char *const o1[] = { "upf-barcelona", NULL };
	static const char *const profile[] = { "profile", NULL };
	struct readres	 res;
	struct record	**r;

	read_clean(tito, 2, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->key, "tito2026elastic");
	ck_assert_str_eq(r[0]->title, "Elastic Checkpointing for Training "
	    "Runs That Outlive Their Clusters");
	check_strlist(&r[0]->authors, a0);
	ck_assert(r[0]->et_al);
	check_strlist(&r[0]->orgs, o0);
	ck_assert_str_eq(r[0]->area, "DC");
	ck_assert_str_eq(r[0]->date, "2026-10-03");
	ck_assert(!r[0]->code);
	ck_assert_str_eq(r[0]->score, "8.7");
	ck_assert_str_eq(r[0]->abstract, "Long training jobs, now.");
	ck_assert_ptr_null(r[0]->arxiv);
	ck_assert_ptr_null(r[0]->doi);
	ck_assert_ptr_null(r[0]->venue);
	ck_assert_ptr_null(r[0]->url);
	ck_assert_ptr_null(r[0]->pages);
	ck_assert_ptr_null(r[0]->volume);
	check_strlist(&r[0]->sources, profile);
	ck_assert_str_eq(r[0]->pos.file, "<stdin>");
	ck_assert_uint_eq(r[0]->pos.line, 2);
	ck_assert_uint_eq(r[0]->pos.col, 1);

	ck_assert_str_eq(r[1]->key, "tito2018roofline");
	check_strlist(&r[1]->authors, a1);
	ck_assert(!r[1]->et_al);
	check_strlist(&r[1]->orgs, o1);
	ck_assert(r[1]->code);
	ck_assert_str_eq(r[1]->score, "12.0");
	ck_assert_str_eq(r[1]->date, "2018-05-14");
	check_strlist(&r[1]->sources, profile);
	ck_assert_uint_eq(r[1]->pos.line, 3);
	readres_release(&res);
}
END_TEST

/* The header the reader recognises is the one csv_writer writes. */
START_TEST(test_csv_header_is_writers)
{
	char	*out;

	out = write_records(&csv_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, HEADER);
	free(out);
}
END_TEST

/*
 * Records with every field, every formula trigger, commas, quotes, line
 * breaks, a "Family, Given" author and empty lists go through csv_writer
 * and back unchanged, and writing them again gives the same bytes.
 */
START_TEST(test_csv_writer_round_trip)
{
	static const char *const a0[] = { "-Minus Person", "Able, Ann",
	    "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90", NULL };
	static const char *const o0[] = { "=org", "plain org", NULL };
	static const char *const s0[] = { "=src", "bibtex", NULL };
	static const char *const a1[] = { "Ann Able", NULL };
	static const char *const none[] = { NULL };
	struct arena	 a;
	struct record	 recs[4], copies[4];
	struct readres	 res;
	char		*out, *again;
	size_t		 i;

	arena_init(&a);
	for (i = 0; i < 4; i++)
		record_init(&recs[i]);
	recs[0].key = "able2020one";
	recs[0].title = "=1+1 Considered Harmful, \"Quoted\"";
	strlist_set(&a, &recs[0].authors, a0);
	recs[0].et_al = true;
	strlist_set(&a, &recs[0].orgs, o0);
	recs[0].area = "NA";
	recs[0].date = "2020-01-02";
	recs[0].code = true;
	recs[0].score = "3.5";
	recs[0].abstract = "+plus first,\nthen \"quoted\"\n\nand\ta tab";
	recs[0].arxiv = "1010.1010";
	recs[0].doi = "+10.1000/182";
	recs[0].venue = "@venue";
	recs[0].url = "=HYPERLINK(\"http://x\",\"y\")";
	recs[0].pages = "-5";
	recs[0].volume = "=2";
	strlist_set(&a, &recs[0].sources, s0);
	recs[1].title = "'=Quoted Already";
	strlist_set(&a, &recs[1].authors, a1);
	recs[1].abstract = "\tstarts with a tab";
	recs[1].date = "2021";
	strlist_set(&a, &recs[1].sources, none);
	recs[2].key = "x";
	recs[2].title = "''-Two Quotes Then a Dash";
	recs[2].abstract = "\nstarts with a line break";
	recs[2].date = "2022-03";
	recs[3].title = "'Just a Quote";
	recs[3].venue = "'";
	recs[3].pages = "''";
	out = write_records(&csv_writer, recs, 4, NULL);
	readres_init(&res);
	read_str(&csv_reader, out, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 4);
	for (i = 0; i < 4; i++)
		check_record_eq(res.set.recs[i], &recs[i]);
	for (i = 0; i < 4; i++)
		copies[i] = *res.set.recs[i];
	again = write_records(&csv_writer, copies, 4, NULL);
	ck_assert_str_eq(again, out);
	free(again);
	free(out);
	readres_release(&res);
	arena_release(&a);
}
END_TEST

/* RFC 4180: quoted commas, "" escapes, line breaks in cells, spaces. */
START_TEST(test_csv_rfc4180)
{
	struct readres	 res;
	struct record	**r;

	read_clean("Title,Abstract,Venue\n"
	    "\"Commas, Inside\",\"Say \"\"hi\"\"\",\"\"\n"
	    "\"Line\nBreak\",\"one\r\ntwo\rthree\nfour\",  Spaced  Venue \n"
	    "\"\"\"Quoted\"\" Start\",,\"a\"\"\"\n"
	    "Last Row,\"no newline at the end\",x", 4, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->title, "Commas, Inside");
	ck_assert_str_eq(r[0]->abstract, "Say \"hi\"");
	ck_assert_ptr_null(r[0]->venue);
	ck_assert_uint_eq(r[0]->pos.line, 2);
	ck_assert_str_eq(r[1]->title, "Line Break");
	ck_assert_str_eq(r[1]->abstract, "one\ntwo\nthree\nfour");
	ck_assert_str_eq(r[1]->venue, "Spaced Venue");
	ck_assert_uint_eq(r[1]->pos.line, 3);
	ck_assert_str_eq(r[2]->title, "\"Quoted\" Start");
	ck_assert_ptr_null(r[2]->abstract);
	ck_assert_str_eq(r[2]->venue, "a\"");
	ck_assert_uint_eq(r[2]->pos.line, 8);
	ck_assert_str_eq(r[3]->title, "Last Row");
	ck_assert_str_eq(r[3]->abstract, "no newline at the end");
	ck_assert_uint_eq(r[3]->pos.line, 9);
	readres_release(&res);
}
END_TEST

/*
 * Rewrites s with each "\n" outside and inside quotes as eol, after a
 * byte order mark when bom is set; owned by the caller.
 */
static char *
rewrite(const char *s, const char *eol, bool bom)
{
	struct buf	 b;

	buf_init(&b);
	if (bom)
		buf_addstr(&b, "\xEF\xBB\xBF");
	for (; *s != '\0'; s++)
		if (*s == '\n')
			buf_addstr(&b, eol);
		else
			buf_addc(&b, *s);
	return buf_detach(&b);
}

/* LF, CRLF and CR row ends and a byte order mark read the same. */
START_TEST(test_csv_line_ends)
{
	static const char text[] = "Title,Abstract\n"
	    "One,\"first\nsecond\"\n"
	    "\n"
	    "Two,plain\n";
	static const char *const eols[] = { "\n", "\r\n", "\r" };
	struct readres	 res;
	char		*s;
	size_t		 i;
	int		 bom;

	for (i = 0; i < 3; i++)
		for (bom = 0; bom < 2; bom++) {
			s = rewrite(text, eols[i], bom);
			read_clean(s, 2, &res);
			ck_assert_str_eq(res.set.recs[0]->title, "One");
			ck_assert_str_eq(res.set.recs[0]->abstract,
			    "first\nsecond");
			ck_assert_uint_eq(res.set.recs[0]->pos.line, 2);
			ck_assert_str_eq(res.set.recs[1]->title, "Two");
			ck_assert_str_eq(res.set.recs[1]->abstract, "plain");
			ck_assert_uint_eq(res.set.recs[1]->pos.line, 5);
			readres_release(&res);
			free(s);
		}
}
END_TEST

/*
 * Header names match whatever their case, spaces and punctuation; each
 * alias feeds its field; unknown columns are named in one warning.
 */
START_TEST(test_csv_aliases)
{
	static const char *const a0[] = { "A Smith", "B Jones", NULL };
	static const char *const o0[] = { "Univ X", "Lab Y", NULL };
	static const char *const csv[] = { "csv", NULL };
	struct readres	 res;
	struct record	*r;

	read_warn("CITATION KEY,Paper Title,Author(s),et al,Affiliations,"
	    "Primary Class,Publication Date,code,score,Abstract Note,"
	    "arXiv ID,DOI,Source Title,Link,pages,Volume,Cites,,GSRank\n"
	    "smith2020x,T,\"A Smith, B Jones\",yes,Univ X; Lab Y,cs.LG,"
	    "2020-05-06,1,21.4,Text.,2001.00001,10.1/x,Venue V,http://u,"
	    "1-2,3,99,,1\n",
	    "pubtool: <stdin>:1:155: warning: ignoring unknown columns "
	    "'Cites', 'GSRank'\n", 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->key, "smith2020x");
	ck_assert_str_eq(r->title, "T");
	check_strlist(&r->authors, a0);
	ck_assert(r->et_al);
	check_strlist(&r->orgs, o0);
	ck_assert_str_eq(r->area, "cs.LG");
	ck_assert_str_eq(r->date, "2020-05-06");
	ck_assert(r->code);
	ck_assert_str_eq(r->score, "21.4");
	ck_assert_str_eq(r->abstract, "Text.");
	ck_assert_str_eq(r->arxiv, "2001.00001");
	ck_assert_str_eq(r->doi, "10.1/x");
	ck_assert_str_eq(r->venue, "Venue V");
	ck_assert_str_eq(r->url, "http://u");
	ck_assert_str_eq(r->pages, "1-2");
	ck_assert_str_eq(r->volume, "3");
	check_strlist(&r->sources, csv);
	readres_release(&res);

	/* The other names of each field. */
	read_clean("bibtex_key,ARTICLE TITLE,organisations,Category,"
	    "Published,Summary,eprint,Journal,URL\n"
	    "k,T1,O,cs.CV,2021,S,2101.00002,J,u\n", 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->key, "k");
	ck_assert_str_eq(r->title, "T1");
	ck_assert_str_eq(r->orgs.v[0], "O");
	ck_assert_str_eq(r->area, "cs.CV");
	ck_assert_str_eq(r->date, "2021");
	ck_assert_str_eq(r->abstract, "S");
	ck_assert_str_eq(r->arxiv, "2101.00002");
	ck_assert_str_eq(r->venue, "J");
	ck_assert_str_eq(r->url, "u");
	readres_release(&res);
	read_clean("cite key,title,organizations,primary category,"
	    "date published,abstract,arxiv,publication,article url\n"
	    "k,T1,O,cs.CV,2021,S,2101.00002,J,u\n", 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->key, "k");
	ck_assert_str_eq(r->orgs.v[0], "O");
	ck_assert_str_eq(r->area, "cs.CV");
	ck_assert_str_eq(r->date, "2021");
	ck_assert_str_eq(r->venue, "J");
	ck_assert_str_eq(r->url, "u");
	readres_release(&res);
	read_clean("Publication Title,Book Title,Conference,Publication,"
	    "Source,Venue,Title,Affiliation,Publication Year,Date Published,"
	    "Cite Key\n"
	    "A,B,C,D,E,F,T,O,2019,,k2\n", 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->venue, "A");
	ck_assert_str_eq(r->date, "2019");
	ck_assert_str_eq(r->orgs.v[0], "O");
	ck_assert_str_eq(r->key, "k2");
	readres_release(&res);
}
END_TEST

/* More than MAX_LISTED unknown columns: the rest are counted. */
START_TEST(test_csv_many_unknown)
{
	struct readres	 res;

	read_warn("a,b,c,d,title,e,f,g,h,i,j,k\nx,x,x,x,T,x,x,x,x,x,x,x\n",
	    "pubtool: <stdin>:1:1: warning: ignoring unknown columns 'a', "
	    "'b', 'c', 'd', 'e', 'f', 'g', 'h' and 3 more\n", 1, &res);
	readres_release(&res);
	/* an ignored column is not looked at */
	read_warn("Title,Notes\nA,\xFF\nB,\x01\n",
	    "pubtool: <stdin>:1:7: warning: ignoring unknown column "
	    "'Notes'\n", 2, &res);
	readres_release(&res);
	/* a name with a line break is shown on one line */
	read_warn("title,\"Odd\nName\"\nT,x\n",
	    "pubtool: <stdin>:1:7: warning: ignoring unknown column "
	    "'Odd Name'\n", 1, &res);
	readres_release(&res);
}
END_TEST

/* When several columns feed one field, the first non-empty cell wins. */
START_TEST(test_csv_first_nonempty)
{
	struct readres	 res;

	read_clean("Journal,Title,Venue,Source,Year,Publication Year\n"
	    ",T1,V1,S1,2020,2020\n"
	    "J2,T2,V2,,,2021\n", 2, &res);
	ck_assert_str_eq(res.set.recs[0]->venue, "V1");
	ck_assert_str_eq(res.set.recs[0]->date, "2020");
	ck_assert_str_eq(res.set.recs[1]->venue, "J2");
	ck_assert_str_eq(res.set.recs[1]->date, "2021");
	readres_release(&res);
}
END_TEST

/* Author lists of foreign CSV: separators, et al., "Family, Given". */
START_TEST(test_csv_authors)
{
	static const char *const ab[] = { "A Smith", "B Jones", NULL };
	static const char *const c3[] = { "A Smith", "B Jones", "C Lee",
	    NULL };
	static const char *const fam[] = { "Smith, A", "Jones, B", NULL };
	static const char *const swapped[] = { "John Smith", "Jane Doe",
	    NULL };
	static const char *const corp[] = { "LLM-jp", "Akiko Aizawa", NULL };
	static const char *const odd[] = { "Smith, Jr., John", "Doe,",
	    NULL };
	static const char *const one[] = { "Smith", "John", NULL };
	struct readres	 res;
	struct record	**r;

	read_clean("Title,Authors\n"
	    "T0,\"A Smith, B Jones\"\n"
	    "T1,\"A Smith, B Jones, et al.\"\n"
	    "T2,\"A Smith, B Jones et al\"\n"
	    "T3,\"A Smith, B Jones, \xE2\x80\xA6\"\n"
	    "T4,\"Smith, A; Jones, B\"\n"
	    "T5,\"A Smith;B Jones; ;C Lee;...\"\n"
	    "T6,\"Smith, John\"\n"
	    "T7,\"A Smith and B Jones\"\n", 8, &res);
	r = res.set.recs;
	check_strlist(&r[0]->authors, ab);
	ck_assert(!r[0]->et_al);
	check_strlist(&r[1]->authors, ab);
	ck_assert(r[1]->et_al);
	check_strlist(&r[2]->authors, ab);
	ck_assert(r[2]->et_al);
	check_strlist(&r[3]->authors, ab);
	ck_assert(r[3]->et_al);
	check_strlist(&r[4]->authors, fam);
	ck_assert(!r[4]->et_al);
	check_strlist(&r[5]->authors, c3);
	ck_assert(r[5]->et_al);
	/* documented: one "Family, Given" in "Authors" is two names */
	check_strlist(&r[6]->authors, one);
	/* " and " is no separator in "Authors" */
	ck_assert_uint_eq(r[7]->authors.n, 1);
	ck_assert_str_eq(r[7]->authors.v[0], "A Smith and B Jones");
	readres_release(&res);

	read_clean("Title,Author\n"
	    "T0,\"Smith, John; Doe, Jane\"\n"
	    "T1,\"Smith, John and Doe, Jane and others\"\n", 2, &res);
	r = res.set.recs;
	check_strlist(&r[0]->authors, swapped);
	ck_assert(!r[0]->et_al);
	check_strlist(&r[1]->authors, swapped);
	ck_assert(r[1]->et_al);
	readres_release(&res);

	read_clean("Title,Author\nT2,\"LLM-jp; Aizawa, Akiko\"\n"
	    "T3,\"Smith, Jr., John; Doe,\"\n"
	    "T4,A Smith and B Jones\n", 3, &res);
	r = res.set.recs;
	check_strlist(&r[0]->authors, corp);
	check_strlist(&r[1]->authors, odd);
	check_strlist(&r[2]->authors, ab);
	readres_release(&res);

	/* in pubtool's own CSV, lists split at "; " only, nothing else */
	{
		static const char *const own[] = { "Smith, John",
		    "B Jones et al.", "others", "a;b", NULL };
		char	*s;

		s = rewrite(HEADER "k,T,\"Smith, John; B Jones et al.; "
		    "others; a;b\",false,,,,,false,,,,,,,,,\r\n", "\n",
		    false);
		read_clean(s, 1, &res);
		check_strlist(&res.set.recs[0]->authors, own);
		ck_assert(!res.set.recs[0]->et_al);
		ck_assert_uint_eq(res.set.recs[0]->sources.n, 0);
		readres_release(&res);
		free(s);
	}
}
END_TEST

/*
 * The formula guard comes off text cells matching ^'+[=+@\t\r\n-] and
 * nothing else, in any CSV.
 */
START_TEST(test_csv_guard)
{
	static const char *const a0[] = { "=A", "'B", NULL };
	struct readres	 res;
	struct record	**r;

	read_clean("Title,Venue,Authors,Abstract\n"
	    "'=SUM(A1),'+1,\"'=A; 'B\",'\t tab\n"
	    "''-x,'@x,,\"'\nline\"\n"
	    "'plain,',,''\n"
	    "'x'=,''',,\"'\r\ncr\"\n", 4, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->title, "=SUM(A1)");
	ck_assert_str_eq(r[0]->venue, "+1");
	check_strlist(&r[0]->authors, a0);
	ck_assert_str_eq(r[0]->abstract, "\t tab");
	ck_assert_str_eq(r[1]->title, "'-x");
	ck_assert_str_eq(r[1]->venue, "@x");
	ck_assert_str_eq(r[1]->abstract, "\nline");
	ck_assert_str_eq(r[2]->title, "'plain");
	ck_assert_str_eq(r[2]->venue, "'");
	ck_assert_str_eq(r[2]->abstract, "''");
	ck_assert_str_eq(r[3]->title, "'x'=");
	ck_assert_str_eq(r[3]->venue, "'''");
	ck_assert_str_eq(r[3]->abstract, "\ncr");
	readres_release(&res);
	/* not off a numeric column */
	check_bad_str("Title,Score\nGood One,\nBad,'-1\nGood Two,\n",
	    "pubtool: <stdin>:3:5: error: field 'score' must be a number\n",
	    NULL);
}
END_TEST

/* Flags, numbers, dates and years in the forms they are accepted in. */
START_TEST(test_csv_values)
{
	struct readres	 res;
	struct record	**r;

	read_clean("Title,et_al,Code,Score,Date,Year\n"
	    "T0,TRUE,Yes,7,2024/07/04,\n"
	    "T1,False,no,0.5,2024-07-04T17:59:59Z,2024\n"
	    "T2,0,1,12.25,2024-07-04 08:00,\n"
	    "T3,,,,2019/06,\n"
	    "T4,,,,,1999\n"
	    "T5,,,,,\n", 6, &res);
	r = res.set.recs;
	ck_assert(r[0]->et_al);
	ck_assert(r[0]->code);
	ck_assert_str_eq(r[0]->score, "7");
	ck_assert_str_eq(r[0]->date, "2024-07-04");
	ck_assert(!r[1]->et_al);
	ck_assert(!r[1]->code);
	ck_assert_str_eq(r[1]->score, "0.5");
	ck_assert_str_eq(r[1]->date, "2024-07-04");
	ck_assert(!r[2]->et_al);
	ck_assert(r[2]->code);
	ck_assert_str_eq(r[2]->date, "2024-07-04");
	ck_assert_str_eq(r[3]->date, "2019-06");
	ck_assert_ptr_null(r[3]->score);
	ck_assert(!r[3]->code);
	ck_assert_str_eq(r[4]->date, "1999");
	ck_assert_ptr_null(r[5]->date);
	readres_release(&res);
}
END_TEST

/*
 * Identifiers lose their prefixes in foreign CSV, never in pubtool's;
 * a citation key BibTeX cannot use is dropped with a warning.
 */
START_TEST(test_csv_identifiers)
{
	struct readres	 res;
	struct record	**r;
	char		*s;

	read_warn("Title,arXiv,DOI,Citation Key\n"
	    "T0,arXiv:2401.00001,doi:10.1/a,ok-key_1:x.y/z+w\n"
	    "T1,https://arxiv.org/abs/2401.00002v2,https://doi.org/10.1/b,"
	    "\"bad key\"\n"
	    "T2,ARXIV:2401.00003,HTTP://DX.DOI.ORG/10.1/c,caf\xC3\xA9\n"
	    "T3,arXiv:,doi:,\n",
	    "pubtool: <stdin>:3:62: warning: ignoring citation key 'bad key': "
	    "not usable in BibTeX\n"
	    "pubtool: <stdin>:4:46: warning: ignoring citation key "
	    "'caf\xC3\xA9': not usable in BibTeX\n", 4, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->arxiv, "2401.00001");
	ck_assert_str_eq(r[0]->doi, "10.1/a");
	ck_assert_str_eq(r[0]->key, "ok-key_1:x.y/z+w");
	/* Stored as the other readers store it: no version. */
	ck_assert_str_eq(r[1]->arxiv, "2401.00002");
	ck_assert_str_eq(r[1]->doi, "10.1/b");
	ck_assert_ptr_null(r[1]->key);
	ck_assert_str_eq(r[2]->arxiv, "2401.00003");
	ck_assert_str_eq(r[2]->doi, "10.1/c");
	ck_assert_ptr_null(r[2]->key);
	ck_assert_ptr_null(r[3]->arxiv);
	ck_assert_ptr_null(r[3]->doi);
	readres_release(&res);

	s = rewrite(HEADER "a b,T,,false,,,,,false,,,arXiv:1,doi:2,,,,,\r\n",
	    "\n", false);
	read_clean(s, 1, &res);
	ck_assert_str_eq(res.set.recs[0]->key, "a b");
	ck_assert_str_eq(res.set.recs[0]->arxiv, "arXiv:1");
	ck_assert_str_eq(res.set.recs[0]->doi, "doi:2");
	readres_release(&res);
	free(s);
}
END_TEST

/*
 * "key" and "sources" count only in pubtool's own CSV; a header that is
 * almost pubtool's is foreign.
 */
START_TEST(test_csv_own_columns)
{
	static const char *const csv[] = { "csv", NULL };
	struct readres	 res;

	read_warn("Key,Title,Sources\n7XVGR9QA,T,zotero\n",
	    "pubtool: <stdin>:1:1: warning: ignoring unknown columns 'Key', "
	    "'Sources'\n", 1, &res);
	ck_assert_ptr_null(res.set.recs[0]->key);
	check_strlist(&res.set.recs[0]->sources, csv);
	readres_release(&res);
	read_warn("Key,title,authors,et_al,orgs,area,date,year,code,score,"
	    "abstract,arxiv,doi,venue,url,pages,volume,sources\n"
	    "k,T,,false,,,,,false,,,,,,,,,profile\n",
	    "pubtool: <stdin>:1:1: warning: ignoring unknown columns 'Key', "
	    "'sources'\n", 1, &res);
	ck_assert_ptr_null(res.set.recs[0]->key);
	check_strlist(&res.set.recs[0]->sources, csv);
	readres_release(&res);
}
END_TEST

/* Blank lines, empty rows, a header alone, nothing at all. */
START_TEST(test_csv_empty)
{
	struct readres	 res;

	read_clean("", 0, &res);
	readres_release(&res);
	read_clean("\xEF\xBB\xBF", 0, &res);
	readres_release(&res);
	read_clean("\n\n\r\n", 0, &res);
	readres_release(&res);
	read_clean("Title,Year", 0, &res);
	readres_release(&res);
	read_clean("\n\nTitle,Year\r\n\r\n,\n\"\",\"\"\n", 0, &res);
	readres_release(&res);
	/* a one-column file: an empty line is blank, "" an empty row */
	read_clean("Title\nA\n\n\"\"\nB\n", 2, &res);
	ck_assert_uint_eq(res.set.recs[1]->pos.line, 5);
	readres_release(&res);
}
END_TEST

/* A sink's non-zero value stops the reader, which returns it. */
START_TEST(test_csv_sink_stop)
{
	struct readres	 res;

	readres_init(&res);
	res.stop_after = 1;
	read_str(&csv_reader, tito, &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);
}
END_TEST

/* A read error is reported and makes read() return -1. */
START_TEST(test_csv_read_error)
{
	struct readres	 res;

	readres_init(&res);
	read_unreadable(&csv_reader, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>: cannot read: Is a directory\n");
	ck_assert_int_eq(res.rc, -1);
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);
}
END_TEST

/* A 10 MB cell, quoted or not, and a million authors: linear. */
START_TEST(test_csv_big_cells)
{
	struct readres	 res;
	struct buf	 b;
	size_t		 i, n = 10 * 1024 * 1024;

	buf_init(&b);
	buf_addstr(&b, "Title,Abstract\nA,\"");
	for (i = 0; i < n / 2; i++)
		buf_add(&b, "x\"\"", i % 2 == 0 ? 1 : 3);
	buf_addstr(&b, "\"\nB,");
	for (i = 0; i < n; i++)
		buf_addc(&b, 'y');
	buf_addstr(&b, "\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_uint_eq(strlen(res.set.recs[0]->abstract), n / 2 + n / 4);
	ck_assert_uint_eq(strlen(res.set.recs[1]->abstract), n);
	readres_release(&res);

	buf_reset(&b);
	buf_addstr(&b, "Title,Authors\nA,\"");
	for (i = 0; i < 1000000; i++)
		buf_addstr(&b, i == 0 ? "A B" : ", A B");
	buf_addstr(&b, "\"\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.recs[0]->authors.n, 1000000);
	readres_release(&res);
	buf_release(&b);
}
END_TEST

/*
 * A row of MAX_ROW bytes of cell text is read; one more byte is
 * reported, in a row or in the header.
 */
START_TEST(test_csv_row_limit)
{
	struct readres	 res;
	struct buf	 b;
	size_t		 i, n = 16 * 1024 * 1024;

	buf_init(&b);
	buf_addstr(&b, "Title,Abstract\nGood One,\nA,");
	for (i = 0; i < n - 1; i++)
		buf_addc(&b, 'y');
	buf_addstr(&b, "\nB,\"y");
	for (i = 0; i < n - 1; i++)
		buf_addc(&b, 'y');
	buf_addstr(&b, "\"\nGood Two,\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:4:1: error: row too "
	    "long (more than 16777216 bytes; --max field=N raises the "
	    "limit)\n");
	ck_assert_uint_eq(res.set.n, 3);
	ck_assert_uint_eq(strlen(res.set.recs[1]->abstract), n - 1);
	ck_assert_str_eq(res.set.recs[2]->title, "Good Two");
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);

	buf_reset(&b);
	buf_addstr(&b, "Title,");
	for (i = 0; i < n - 4; i++)
		buf_addc(&b, 'y');
	buf_addstr(&b, "\nA,b\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:1:1: error: header too "
	    "long (more than 16777216 bytes; --max field=N raises the "
	    "limit)\n");
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);
	buf_release(&b);
}
END_TEST

/*
 * A million columns: refused in the header (more than 1024), reported as
 * a ragged row in the data, both without storing them.  1024 columns are
 * read.
 */
START_TEST(test_csv_many_columns)
{
	struct readres	 res;
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	buf_addstr(&b, "Title");
	for (i = 1; i < 1000000; i++)
		buf_addstr(&b, ",c");
	buf_addstr(&b, "\nA\nB\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:1:2053: error: too "
	    "many columns (more than 1024)\n");
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_uint_eq(res.nrejects, 2);
	readres_release(&res);

	buf_reset(&b);
	buf_addstr(&b, "Title,Year\nGood One,2020\nBad,2021");
	for (i = 2; i < 1000000; i++)
		buf_addstr(&b, ",1");
	buf_addstr(&b, "\nGood Two,2022\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:3:10: error: row has "
	    "1000000 cells, the header has 2 columns\n");
	ck_assert_uint_eq(res.set.n, 2);
	readres_release(&res);

	buf_reset(&b);
	buf_addstr(&b, "c");
	for (i = 1; i < 1024; i++)
		buf_addstr(&b, i == 700 ? ",Title" : ",c");
	buf_addstr(&b, "\n");
	for (i = 1; i < 1024; i++)
		buf_addstr(&b, i == 700 ? ",T" : ",");
	buf_addstr(&b, "\n");
	readres_init(&res);
	read_input(&csv_reader, b.data, b.len, &res);
	ck_assert_uint_eq(res.nerrors, 0);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->title, "T");
	readres_release(&res);
	buf_release(&b);
}
END_TEST

/*
 * Runs the reader on s[0..len), expecting exactly the messages want (one
 * error or more) and then records with the titles in the NULL-terminated
 * list titles, or "Good One" and "Good Two" (GOOD1 and GOOD2 below) when
 * titles is NULL.
 */
static void
check_bad(const char *s, size_t len, const char *want,
    const char *const *titles)
{
	static const char *const both[] = { "Good One", "Good Two", NULL };
	struct readres	 res;
	size_t		 i;

	if (titles == NULL)
		titles = both;
	readres_init(&res);
	read_input(&csv_reader, s, len, &res);
	ck_assert_str_eq(res.diag, want);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_ge(res.nerrors, 1);
	for (i = 0; titles[i] != NULL; i++) {
		ck_assert_uint_lt(i, res.set.n);
		ck_assert_str_eq(res.set.recs[i]->title, titles[i]);
	}
	ck_assert_uint_eq(res.set.n, i);
	readres_release(&res);
}

static void
check_bad_str(const char *s, const char *want, const char *const *titles)
{
	check_bad(s, strlen(s), want, titles);
}

/* The header, GOOD1 on line 2, the row under test on line 3, GOOD2. */
#define HEAD	"Title,Authors,Date\n"
#define GOOD1	"Good One,A B,2020-01-01\n"
#define GOOD2	"Good Two,E F,2020-01-02\n"

static const char *const none[] = { NULL };
static const char *const first[] = { "Good One", NULL };

START_TEST(test_csv_unterminated)
{
	check_bad_str(HEAD GOOD1 GOOD2 "\"Never closed,C D,2020\n"
	    "Lost,G H,2020\n",
	    "pubtool: <stdin>:4:1: error: unterminated quoted field: no "
	    "closing quote before the end of the input\n", NULL);
	/* the quote opened in the middle of a row, after a quoted quote */
	check_bad_str(HEAD GOOD1 "\xC3\xA9t\xC3\xA9,\"C \"\" D",
	    "pubtool: <stdin>:3:5: error: unterminated quoted field: no "
	    "closing quote before the end of the input\n", first);
	/* in the header: nothing can be read */
	check_bad_str("Title,\"Authors\nA,B\n",
	    "pubtool: <stdin>:1:7: error: unterminated quoted field: no "
	    "closing quote before the end of the input\n", none);
}
END_TEST

START_TEST(test_csv_stray_quote)
{
	check_bad_str(HEAD GOOD1 "A \"Quoted\" Word,C D,2020\n" GOOD2,
	    "pubtool: <stdin>:3:3: error: quote inside a field without "
	    "quotes\n", NULL);
	check_bad_str(HEAD GOOD1 "T,C D,2020\"\n" GOOD2,
	    "pubtool: <stdin>:3:11: error: quote inside a field without "
	    "quotes\n", NULL);
	check_bad_str(HEAD GOOD1 "\"Closed\" Early,C D,2020\n" GOOD2,
	    "pubtool: <stdin>:3:9: error: text after the closing quote of "
	    "a field\n", NULL);
	/* a space after a comma is data: the quote is then a stray one */
	check_bad_str(HEAD GOOD1 "T, \"C D\",2020\n" GOOD2,
	    "pubtool: <stdin>:3:4: error: quote inside a field without "
	    "quotes\n", NULL);
	/* in the header */
	check_bad_str("Title,Auth\"ors\n" GOOD1,
	    "pubtool: <stdin>:1:11: error: quote inside a field without "
	    "quotes\n", none);
}
END_TEST

START_TEST(test_csv_ragged)
{
	/* too few: where the row ends; too many: at the first extra cell */
	check_bad_str(HEAD GOOD1 "Short,C D\n" GOOD2,
	    "pubtool: <stdin>:3:10: error: row has 2 cells, the header has "
	    "3 columns\n", NULL);
	check_bad_str(HEAD GOOD1 "Short\r\n" GOOD2,
	    "pubtool: <stdin>:3:6: error: row has 1 cell, the header has "
	    "3 columns\n", NULL);
	check_bad_str(HEAD GOOD1 "Long,C D,2020,\"x\"\n" GOOD2,
	    "pubtool: <stdin>:3:15: error: row has 4 cells, the header has "
	    "3 columns\n", NULL);
	check_bad_str(HEAD GOOD1 GOOD2 "Short at the end,x",
	    "pubtool: <stdin>:4:19: error: row has 2 cells, the header has "
	    "3 columns\n", NULL);
	check_bad_str("Title\nGood One\nx,y\nGood Two\n",
	    "pubtool: <stdin>:3:3: error: row has 2 cells, the header has "
	    "1 column\n", NULL);
}
END_TEST

/*
 * Bad bytes, reported with their position: columns count code points,
 * a doubled quote counts two, line breaks inside a cell count.
 */
START_TEST(test_csv_bad_bytes)
{
	static const char nul[] = HEAD GOOD1 "\"A\",\"C,\r\nX\0Y\",2020\n"
	    GOOD2;

	check_bad_str(HEAD GOOD1 "Bad \xFF Title,C D,2020\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid UTF-8 (byte 0xFF) in "
	    "field 'title'\n", NULL);
	check_bad_str(HEAD GOOD1 "\xC3\xA9\xC3\xA9,\"\"\"\xC3\xA9\"\" \xC3"
	    "\x28\",2020\n" GOOD2,
	    "pubtool: <stdin>:3:11: error: invalid UTF-8 (byte 0xC3) in "
	    "field 'authors'\n", NULL);
	check_bad(nul, sizeof(nul) - 1,
	    "pubtool: <stdin>:4:2: error: NUL byte in field 'authors'\n",
	    NULL);
	check_bad_str(HEAD GOOD1 "T,\"a\rb\rc\x1B\",2020\n" GOOD2,
	    "pubtool: <stdin>:5:2: error: control character (byte 0x1B) in "
	    "field 'authors'\n", NULL);
	check_bad_str(HEAD GOOD1 "T\xC2\x9B,C,2020\n" GOOD2,
	    "pubtool: <stdin>:3:2: error: control character (U+009B) in "
	    "field 'title'\n", NULL);
	/* in the header: nothing can be read */
	check_bad_str("Title,Auth\xFF\n" GOOD1 GOOD2,
	    "pubtool: <stdin>:1:11: error: invalid UTF-8 (byte 0xFF) in the "
	    "header\n", none);
}
END_TEST

START_TEST(test_csv_no_title)
{
	check_bad_str(HEAD GOOD1 ",C D,2020\n" GOOD2,
	    "pubtool: <stdin>:3:1: error: record has no title\n", NULL);
	check_bad_str(HEAD GOOD1 "\" \t \",C D,2020\n" GOOD2,
	    "pubtool: <stdin>:3:1: error: record has no title\n", NULL);
	check_bad_str("Authors,Date,Title\nA,2020,Good One\nC D,2020,\n"
	    "E,2020,Good Two\n",
	    "pubtool: <stdin>:3:10: error: record has no title\n", NULL);
}
END_TEST

START_TEST(test_csv_bad_dates)
{
	check_bad_str(HEAD GOOD1 "T,C,2024-02-30\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '2024-02-30' "
	    "(expected YYYY, YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	check_bad_str(HEAD GOOD1 "T,C,\"7/4/2024\"\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '7/4/2024' "
	    "(expected YYYY, YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	check_bad_str(HEAD GOOD1 "T,C,2024-07/04\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '2024-07/04' "
	    "(expected YYYY, YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	check_bad_str(HEAD GOOD1 "T,C,2024-07-04Tnoon\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '2024-07-04Tnoon' "
	    "(expected YYYY, YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	check_bad_str(HEAD GOOD1 "T,C,0000\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '0000' "
	    "(expected YYYY, YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	/* a long bad value is cut short in the message */
	check_bad_str(HEAD GOOD1 "T,C,\xC3\xA9xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" GOOD2,
	    "pubtool: <stdin>:3:5: error: invalid date '\xC3\xA9xxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (expected YYYY, "
	    "YYYY-MM, YYYY-MM-DD or 'Mon D, YYYY')\n", NULL);
	check_bad_str("Title,Year\nGood One,2020\nT,20x4\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: invalid year '20x4' (expected "
	    "YYYY)\n", NULL);
	check_bad_str("Title,Year\nGood One,2020\nT,2024-01\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: invalid year '2024-01' (expected "
	    "YYYY)\n", NULL);
	check_bad_str("Title,Year,Date\nGood One,2020,2020-01\n"
	    "T,2023,2024-05-01\nGood Two,2020,2020\n",
	    "pubtool: <stdin>:3:3: error: year '2023' does not match date "
	    "'2024-05-01'\n", NULL);
	/* pubtool's own year column is checked too */
	check_bad_str(HEADER "k,Good One,,false,,,2020,2020,false,,,,,,,,,\r\n"
	    "k2,T,,false,,,2020,2021,false,,,,,,,,,\r\n",
	    "pubtool: <stdin>:3:20: error: year '2021' does not match date "
	    "'2020'\n", first);
}
END_TEST

START_TEST(test_csv_bad_values)
{
	check_bad_str("Title,Code\nGood One,false\nT,maybe\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: field 'code' must be true or "
	    "false\n", NULL);
	check_bad_str("Title,et al\nGood One,\nT,\"yes, all\"\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: field 'et_al' must be true or "
	    "false\n", NULL);
	check_bad_str("Title,Score\nGood One,1\nT,high\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: field 'score' must be a number\n",
	    NULL);
	check_bad_str("Title,Score\nGood One,1\nT,.5\nGood Two,\n",
	    "pubtool: <stdin>:3:3: error: field 'score' must be a number\n",
	    NULL);
}
END_TEST

/* A header with no title column: reported once, every row dropped. */
START_TEST(test_csv_no_title_column)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&csv_reader, "Name,Year\nA,2020\n\nB,2021\n\"C\nD\",x\n",
	    &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:1:1: warning: ignoring unknown column 'Name'\n"
	    "pubtool: <stdin>:1: error: header has no title column\n");
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_uint_eq(res.nrejects, 3);
	ck_assert_int_eq(res.rc, 0);
	readres_release(&res);
	/* the rows are not looked at: no further message */
	check_bad_str("Year\n2020\n\"x\n",
	    "pubtool: <stdin>:1: error: header has no title column\n", none);
	/* a file separated by ";" or TAB */
	check_bad_str("Title;Authors\nA;B\n", "pubtool: <stdin>:1:1: warning: "
	    "ignoring unknown column 'Title;Authors'\n"
	    "pubtool: <stdin>:1: error: header has no title column (only ',' "
	    "separates cells)\n", none);
	check_bad_str("Title\tAuthors\nA\tB\n",
	    "pubtool: <stdin>:1:1: warning: ignoring unknown column 'Title Authors'\n"
	    "pubtool: <stdin>:1: error: header has no title column (only ',' "
	    "separates cells)\n", none);
	check_bad_str(",\n", "pubtool: <stdin>:1: error: header has no title "
	    "column\n", none);
}
END_TEST

/* Several problems in one row: the first is reported, one reject. */
START_TEST(test_csv_one_report_per_row)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&csv_reader, HEAD GOOD1 "a\"b,\"c\"d,\xFF,x\n" GOOD2, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:3:2: error: quote "
	    "inside a field without quotes\n");
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_uint_eq(res.nrejects, 1);
	ck_assert_uint_eq(res.set.n, 2);
	readres_release(&res);
	readres_init(&res);
	read_str(&csv_reader, HEAD GOOD1 ",\xFF,bad\n" GOOD2, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:3:2: error: invalid "
	    "UTF-8 (byte 0xFF) in field 'authors'\n");
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);
}
END_TEST

Suite *
csv_read_suite(void)
{
	Suite	*s = suite_create("csv_read");
	TCase	*good = tcase_create("good");
	TCase	*bad = tcase_create("bad");
	TCase	*big = tcase_create("big");

	tcase_add_test(good, test_csv_pubtool_fields);
	tcase_add_test(good, test_csv_header_is_writers);
	tcase_add_test(good, test_csv_writer_round_trip);
	tcase_add_test(good, test_csv_rfc4180);
	tcase_add_test(good, test_csv_line_ends);
	tcase_add_test(good, test_csv_aliases);
	tcase_add_test(good, test_csv_many_unknown);
	tcase_add_test(good, test_csv_first_nonempty);
	tcase_add_test(good, test_csv_authors);
	tcase_add_test(good, test_csv_guard);
	tcase_add_test(good, test_csv_values);
	tcase_add_test(good, test_csv_identifiers);
	tcase_add_test(good, test_csv_own_columns);
	tcase_add_test(good, test_csv_empty);
	tcase_add_test(good, test_csv_sink_stop);
	tcase_add_test(good, test_csv_read_error);
	suite_add_tcase(s, good);
	tcase_add_test(bad, test_csv_unterminated);
	tcase_add_test(bad, test_csv_stray_quote);
	tcase_add_test(bad, test_csv_ragged);
	tcase_add_test(bad, test_csv_bad_bytes);
	tcase_add_test(bad, test_csv_no_title);
	tcase_add_test(bad, test_csv_bad_dates);
	tcase_add_test(bad, test_csv_bad_values);
	tcase_add_test(bad, test_csv_no_title_column);
	tcase_add_test(bad, test_csv_one_report_per_row);
	suite_add_tcase(s, bad);
	/* Generous: these must stay linear, also under valgrind. */
	tcase_set_timeout(big, 60);
	tcase_add_test(big, test_csv_big_cells);
	tcase_add_test(big, test_csv_row_limit);
	tcase_add_test(big, test_csv_many_columns);
	suite_add_tcase(s, big);
	return s;
}
