/*
 * Unit tests for src/csv_write.c: RFC 4180 quoting of every special
 * character, CRLF row ends, the header, formula neutralisation of each
 * trigger by default and none with csv_raw, the byte order mark, numeric
 * and boolean columns, missing fields, and a round trip through an RFC
 * 4180 parser that must give back every field unchanged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "format.h"
#include "record.h"
#include "tests.h"

#define HEADER	"key,title,authors,et_al,orgs,area,date,year,code,score," \
		"abstract,arxiv,doi,venue,url,pages,volume,sources\r\n"
#define NCOLS	18

static char	*write_opts(const struct record *, size_t, bool, bool);
static char	**parse_row(const char **);
static void	 free_row(char **);
static char	*title_row(const char *, bool);
static void	 check_title_cell(const char *, bool, const char *);

/*
 * Writes n records with csv_writer and the options given; the output is
 * owned by the caller (free()).
 */
static char *
write_opts(const struct record *recs, size_t n, bool raw, bool bom)
{
	struct wopts	 opts;
	FILE		*fp;
	char		*out = NULL;
	size_t		 len, i;
	void		*state;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	memset(&opts, 0, sizeof(opts));
	opts.csv_raw = raw;
	opts.bom = bom;
	state = csv_writer.open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(csv_writer.put(state, &recs[i]), 0);
	ck_assert_int_eq(csv_writer.close(state), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

/*
 * Parses one RFC 4180 row at *p, which must end with CRLF, and advances
 * *p past it.  Returns the fields as a NULL-terminated array owned by
 * the caller (free_row()).
 */
static char **
parse_row(const char **p)
{
	const char	*s = *p;
	char		**row;
	size_t		 nf = 0, len;
	char		*f;

	row = calloc(NCOLS + 2, sizeof(*row));
	ck_assert_ptr_nonnull(row);
	for (;;) {
		ck_assert_uint_le(nf, NCOLS);
		f = malloc(strlen(s) + 1);
		ck_assert_ptr_nonnull(f);
		len = 0;
		if (*s == '"') {
			for (s++; ; s++) {
				ck_assert_msg(*s != '\0',
				    "unterminated quotes");
				if (*s == '"' && s[1] == '"')
					f[len++] = *s++;
				else if (*s == '"')
					break;
				else
					f[len++] = *s;
			}
			s++;
			ck_assert_msg(*s == ',' || *s == '\r',
			    "text after a closing quote");
		} else
			for (; *s != ',' && *s != '\r' && *s != '\0'; s++) {
				ck_assert_msg(*s != '"' && *s != '\n',
				    "quote or LF in an unquoted field");
				f[len++] = *s;
			}
		f[len] = '\0';
		row[nf++] = f;
		if (*s == ',') {
			s++;
			continue;
		}
		ck_assert_msg(s[0] == '\r' && s[1] == '\n',
		    "row not ended by CRLF");
		*p = s + 2;
		return row;
	}
}

static void
free_row(char **row)
{
	size_t	 i;

	for (i = 0; row[i] != NULL; i++)
		free(row[i]);
	free(row);
}

/* The output for one record with only a title; free() it. */
static char *
title_row(const char *title, bool raw)
{
	struct record	 r;

	record_init(&r);
	r.title = title;
	return write_opts(&r, 1, raw, false);
}

/* Asserts that a record titled title is written with the title cell. */
static void
check_title_cell(const char *title, bool raw, const char *cell)
{
	char	*out, *want;
	size_t	 n;

	n = strlen(HEADER) + strlen(cell) + 64;
	want = malloc(n);
	ck_assert_ptr_nonnull(want);
	snprintf(want, n, "%s,%s,,false,,,,,false,,,,,,,,,\r\n", HEADER, cell);
	out = title_row(title, raw);
	ck_assert_str_eq(out, want);
	free(out);
	free(want);
}

/* The header row is written even when no record follows. */
START_TEST(test_csv_header)
{
	char	*out;

	out = write_opts(NULL, 0, false, false);
	ck_assert_str_eq(out, HEADER);
	free(out);
	out = write_records(&csv_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, HEADER);
	free(out);
}
END_TEST

/* The exact row of a record that uses every field. */
START_TEST(test_csv_full)
{
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	static const char *const orgs[] = { "ibm-research", "stanford", NULL };
	static const char *const sources[] = { "profile", "arxiv", NULL };
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "yokota2011tuned";
	r.title = "A Tuned and Scalable Fast Multipole Method";
	strlist_set(&a, &r.authors, authors);
	r.et_al = true;
	strlist_set(&a, &r.orgs, orgs);
	r.area = "NA";
	r.date = "2011-10-16";
	r.code = true;
	r.score = "21.4";
	r.abstract = "Among the algorithms.\n\nSecond, \"quoted\" paragraph.";
	r.arxiv = "1110.2921";
	r.doi = "10.1000/xyz123";
	r.venue = "Int. J. High Perform. Comput. Appl.";
	r.url = "https://arxiv.org/abs/1110.2921";
	r.pages = "1-12";
	r.volume = "26";
	strlist_set(&a, &r.sources, sources);
	out = write_records(&csv_writer, &r, 1, NULL);
	ck_assert_str_eq(out, HEADER
	    "yokota2011tuned,A Tuned and Scalable Fast Multipole Method,"
	    "Rio Yokota; Lorena A. Barba,true,ibm-research; stanford,NA,"
	    "2011-10-16,2011,true,21.4,"
	    "\"Among the algorithms.\n\nSecond, \"\"quoted\"\" paragraph.\","
	    "1110.2921,10.1000/xyz123,Int. J. High Perform. Comput. Appl.,"
	    "https://arxiv.org/abs/1110.2921,1-12,26,profile; arxiv\r\n");
	free(out);
	arena_release(&a);
}
END_TEST

/*
 * Absent strings and empty lists are empty cells; flags are "false";
 * every row has all the columns.
 */
START_TEST(test_csv_missing)
{
	struct record	 r[2];
	char		*out;

	record_init(&r[0]);
	record_init(&r[1]);
	r[1].title = "Only a title";
	out = write_records(&csv_writer, r, 2, NULL);
	ck_assert_str_eq(out, HEADER
	    ",,,false,,,,,false,,,,,,,,,\r\n"
	    ",Only a title,,false,,,,,false,,,,,,,,,\r\n");
	free(out);
}
END_TEST

/* Each character RFC 4180 names makes a cell quoted; nothing else does. */
START_TEST(test_csv_quoting)
{
	static const struct {
		const char	*in;
		const char	*cell;
	} t[] = {
		{ "a,b", "\"a,b\"" },
		{ ",", "\",\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "\"", "\"\"\"\"" },
		{ "\"\"", "\"\"\"\"\"\"" },
		{ "a\rb", "\"a\rb\"" },
		{ "a\nb", "\"a\nb\"" },
		{ "a\r\nb", "\"a\r\nb\"" },
		{ "end\r\n", "\"end\r\n\"" },
		{ "a, \"b\"\r\nc", "\"a, \"\"b\"\"\r\nc\"" },
		{ "plain words", "plain words" },
		{ " padded ", " padded " },
		{ "semi; colon", "semi; colon" },
		{ "it's", "it's" },
		{ "tab\tinside", "tab\tinside" },
		{ "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC", "caf\xC3\xA9 "
		    "\xE6\x97\xA5\xE6\x9C\xAC" },
		{ "e\xCC\x81 decomposed", "e\xCC\x81 decomposed" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		check_title_cell(t[i].in, false, t[i].cell);
		check_title_cell(t[i].in, true, t[i].cell);
	}
}
END_TEST

/*
 * A text cell starting with any of the seven triggers gets a "'" by
 * default (and is still quoted when it must be); with csv_raw it is left
 * alone.  A trigger anywhere but first changes nothing.
 */
START_TEST(test_csv_formula)
{
	static const struct {
		const char	*in;
		const char	*cell;	/* by default */
		const char	*raw;	/* with csv_raw */
	} t[] = {
		{ "=1+1", "'=1+1", "=1+1" },
		{ "+1", "'+1", "+1" },
		{ "-Grams of Text", "'-Grams of Text", "-Grams of Text" },
		{ "@SUM(A1)", "'@SUM(A1)", "@SUM(A1)" },
		{ "\t=1", "'\t=1", "\t=1" },
		{ "\r=1", "\"'\r=1\"", "\"\r=1\"" },
		{ "\n=1", "\"'\n=1\"", "\"\n=1\"" },
		{ "=HYPERLINK(\"http://x\",\"y\")",
		    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
		    "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
		{ "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0",
		    "=cmd|' /C calc'!A0" },
		{ "-", "'-", "-" },
		{ "@", "'@", "@" },
		/* Quotes before a trigger: one more, so the guard reverses. */
		{ "'=1", "''=1", "'=1" },
		{ "''-x", "'''-x", "''-x" },
	};
	/* A trigger not in first place, or an en dash, is harmless. */
	static const char *const harmless[] = {
		"a=b", "1-2", "x@y", "C++", " =1", "'", "''", "'a=1",
		"\xE2\x80\x93" "dash", NULL
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		check_title_cell(t[i].in, false, t[i].cell);
		check_title_cell(t[i].in, true, t[i].raw);
	}
	for (i = 0; harmless[i] != NULL; i++) {
		check_title_cell(harmless[i], false, harmless[i]);
		check_title_cell(harmless[i], true, harmless[i]);
	}
}
END_TEST

/* Every text column is guarded, lists by their first item; raw guards none. */
START_TEST(test_csv_formula_columns)
{
	static const char *const authors[] = { "=A1", "-B", NULL };
	static const char *const orgs[] = { "ok", "=not first", NULL };
	static const char *const sources[] = { "@s", NULL };
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "=k";
	r.title = "+t";
	strlist_set(&a, &r.authors, authors);
	strlist_set(&a, &r.orgs, orgs);
	r.area = "-a";
	r.date = "@d";
	r.abstract = "\tab";
	r.arxiv = "=x";
	r.doi = "+d";
	r.venue = "-v";
	r.url = "@u";
	r.pages = "-1";
	r.volume = "=2";
	strlist_set(&a, &r.sources, sources);
	out = write_records(&csv_writer, &r, 1, NULL);
	ck_assert_str_eq(out, HEADER
	    "'=k,'+t,'=A1; -B,false,ok; =not first,'-a,'@d,,false,,'\tab,"
	    "'=x,'+d,'-v,'@u,'-1,'=2,'@s\r\n");
	free(out);
	out = write_opts(&r, 1, true, false);
	ck_assert_str_eq(out, HEADER
	    "=k,+t,=A1; -B,false,ok; =not first,-a,@d,,false,,\tab,"
	    "=x,+d,-v,@u,-1,=2,@s\r\n");
	free(out);
	arena_release(&a);
}
END_TEST

/*
 * year and score are numbers: never neutralised, never quoted, so a
 * spreadsheet reads them as numbers.  A score that is not a number is
 * text, and guarded as such.
 */
START_TEST(test_csv_numeric)
{
	static const struct {
		const char	*date;
		const char	*score;
		const char	*cells;	/* date,year,code,score */
	} t[] = {
		{ "2024-07-04", "21.4", "2024-07-04,2024,false,21.4" },
		{ "2019-06", "7", "2019-06,2019,false,7" },
		{ "2019", "0.5", "2019,2019,false,0.5" },
		{ NULL, "-1", ",,false,-1" },
		{ NULL, "-2.5", ",,false,-2.5" },
		{ NULL, "=1+1", ",,false,'=1+1" },
		{ NULL, "-", ",,false,'-" },
		{ NULL, "7.", ",,false,7." },
		{ NULL, "1,5", ",,false,\"1,5\"" },
		{ NULL, NULL, ",,false," },
	};
	struct record	 r;
	char		*out, want[512];
	size_t		 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		record_init(&r);
		r.date = t[i].date;
		r.score = t[i].score;
		snprintf(want, sizeof(want), "%s,,,false,,,%s,,,,,,,,\r\n",
		    HEADER, t[i].cells);
		out = write_opts(&r, 1, false, false);
		ck_assert_str_eq(out, want);
		free(out);
	}
	/* With csv_raw the non-number is written as it is. */
	record_init(&r);
	r.score = "=1+1";
	out = write_opts(&r, 1, true, false);
	ck_assert_str_eq(out, HEADER ",,,false,,,,,false,=1+1,,,,,,,,\r\n");
	free(out);
}
END_TEST

/* Flags are always "true" or "false"; lists are joined with "; ". */
START_TEST(test_csv_flags_lists)
{
	static const char *const one[] = { "LLM-jp", NULL };
	static const char *const three[] = {
		"Barba, Lorena A.", "\xE5\xB1\xB1\xE7\x94\xB0 "
		"\xE8\x8A\xB1\xE5\xAD\x90", "Rub\xC3\xA8n Tito", NULL
	};
	struct arena	 a;
	struct record	 r[2];
	char		*out;

	arena_init(&a);
	record_init(&r[0]);
	record_init(&r[1]);
	strlist_set(&a, &r[0].authors, one);
	r[0].et_al = true;
	strlist_set(&a, &r[1].authors, three);
	r[1].code = true;
	strlist_set(&a, &r[1].sources, one);
	out = write_records(&csv_writer, r, 2, NULL);
	ck_assert_str_eq(out, HEADER
	    ",,LLM-jp,true,,,,,false,,,,,,,,,\r\n"
	    ",,\"Barba, Lorena A.; \xE5\xB1\xB1\xE7\x94\xB0 "
	    "\xE8\x8A\xB1\xE5\xAD\x90; Rub\xC3\xA8n Tito\",false,,,,,true,,"
	    ",,,,,,,LLM-jp\r\n");
	free(out);
	arena_release(&a);
}
END_TEST

/* wopts.bom puts a UTF-8 byte order mark before the header, once. */
START_TEST(test_csv_bom)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.title = "x";
	out = write_opts(&r, 1, false, true);
	ck_assert_str_eq(out, "\xEF\xBB\xBF" HEADER
	    ",x,,false,,,,,false,,,,,,,,,\r\n");
	free(out);
	out = write_opts(NULL, 0, true, true);
	ck_assert_str_eq(out, "\xEF\xBB\xBF" HEADER);
	free(out);
	out = write_opts(&r, 1, false, false);
	ck_assert_int_eq(strncmp(out, "key,", 4), 0);
	free(out);
}
END_TEST

/* Strings that stress the quoting and the guard; NULL ends the list. */
static const char *const hostile[] = {
	"=1+1", "+1", "-1", "@x", "\tx", "\rx", "\nx", "\r\n", "x\r", "x\n",
	",", ",,", "\"", "\"\"", "\"a\"", "a\"b", "'", "'=1", "''", "''@",
	"'x", " ", "  x  ", ";", "; ", "a; b", "\xEF\xBB\xBF" "bom",
	"=cmd|' /C calc'!A0",
	"caf\xC3\xA9", "e\xCC\x81", "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1",
	"\xF0\x9F\x98\x80", "x,\"y\"\r\nz\n", "-Grams", NULL
};

/*
 * Every field of every record comes back from an RFC 4180 parser as it
 * was stored with csv_raw, and with exactly one "'" in front of a
 * triggering text cell (after any quotes) without it.
 */
START_TEST(test_csv_roundtrip)
{
	struct arena	 a;
	struct record	*r;
	char		*out, **row, want[256], list[512];
	const char	*p, *s;
	size_t		 n, i, f, k;
	int		 raw;

	for (n = 0; hostile[n] != NULL; n++)
		;
	arena_init(&a);
	r = calloc(n, sizeof(*r));
	ck_assert_ptr_nonnull(r);
	for (i = 0; i < n; i++) {
		const char *l[] = { hostile[i], hostile[i], NULL };

		record_init(&r[i]);
		for (f = 0; f < RF_NSTRING; f++)
			if (f != RF_SCORE)
				*record_field(&r[i], (enum record_field)f) =
				    hostile[i];
		strlist_set(&a, &r[i].authors, l);
		strlist_set(&a, &r[i].orgs, l);
		strlist_set(&a, &r[i].sources, l);
	}
	for (raw = 0; raw <= 1; raw++) {
		out = write_opts(r, n, raw, false);
		p = out;
		row = parse_row(&p);
		ck_assert_str_eq(row[0], "key");
		ck_assert_str_eq(row[NCOLS - 1], "sources");
		free_row(row);
		for (i = 0; i < n; i++) {
			s = hostile[i];
			row = parse_row(&p);
			for (f = 0; f < NCOLS; f++)
				ck_assert_ptr_nonnull(row[f]);
			ck_assert_ptr_null(row[NCOLS]);
			k = strspn(s, "'");
			snprintf(want, sizeof(want), "%s%s", !raw &&
			    s[k] != '\0' && strchr("=+-@\t\r\n", s[k]) !=
			    NULL ? "'" : "", s);
			for (f = 0; f < NCOLS; f++) {
				if (f == 3 || f == 8) {
					ck_assert_str_eq(row[f], "false");
					continue;
				}
				/* year and score */
				if (f == 7 || f == 9) {
					ck_assert_str_eq(row[f], "");
					continue;
				}
				if (f == 2 || f == 4 || f == NCOLS - 1) {
					snprintf(list, sizeof(list), "%s; %s",
					    want, s);
					ck_assert_str_eq(row[f], list);
					continue;
				}
				ck_assert_str_eq(row[f], want);
			}
			free_row(row);
		}
		ck_assert_str_eq(p, "");
		free(out);
	}
	free(r);
	arena_release(&a);
}
END_TEST

/* A failed write is reported by put() and close(). */
START_TEST(test_csv_write_error)
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
	state = csv_writer.open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	ck_assert_int_eq(csv_writer.put(state, &r), -1);
	ck_assert_int_eq(csv_writer.close(state), -1);
	fclose(fp);
}
END_TEST

Suite *
csv_write_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("csv_write");
	tc = tcase_create("core");
	tcase_add_test(tc, test_csv_header);
	tcase_add_test(tc, test_csv_full);
	tcase_add_test(tc, test_csv_missing);
	tcase_add_test(tc, test_csv_quoting);
	tcase_add_test(tc, test_csv_formula);
	tcase_add_test(tc, test_csv_formula_columns);
	tcase_add_test(tc, test_csv_numeric);
	tcase_add_test(tc, test_csv_flags_lists);
	tcase_add_test(tc, test_csv_bom);
	tcase_add_test(tc, test_csv_roundtrip);
	tcase_add_test(tc, test_csv_write_error);
	suite_add_tcase(s, tc);
	return s;
}
