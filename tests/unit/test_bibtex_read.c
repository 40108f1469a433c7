/*
 * Unit tests for src/bibtex_read.c, the BibTeX reader, and for the
 * TeX-to-Unicode direction of src/latex.c it uses: every construct, and
 * every error with its exact message and position.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "buf.h"
#include "diag.h"
#include "format.h"
#include "latex.h"
#include "record.h"
#include "tests.h"

static void	 read_clean(const char *, size_t, struct readres *);
static void	 read_msgs(const char *, const char *, size_t,
		    struct readres *);
static const char *decode(const char *, int);
static char	*write_ascii(const struct record *, size_t);
static void	 check_roundtrip(const struct record *, size_t, bool);
static void	 big_entry(struct buf *, size_t);
static double	 time_big(struct buf *, size_t);

/* Runs the reader on s, expecting no messages and n records. */
static void
read_clean(const char *s, size_t n, struct readres *res)
{
	readres_init(res);
	read_str(&bibtex_reader, s, res);
	ck_assert_str_eq(res->diag, "");
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, n);
}

/* Runs the reader on s, expecting exactly the messages msgs and n records. */
static void
read_msgs(const char *s, const char *msgs, size_t n, struct readres *res)
{
	readres_init(res);
	read_str(&bibtex_reader, s, res);
	ck_assert_str_eq(res->diag, msgs);
	ck_assert_int_eq(res->rc, 0);
	ck_assert_uint_eq(res->set.n, n);
}

/* latex_decode() of s, in a buffer that the next call reuses. */
static const char *
decode(const char *s, int flags)
{
	static struct buf	 b;

	buf_release(&b);
	buf_init(&b);
	buf_addstr(&b, "");
	latex_decode(&b, s, strlen(s), flags);
	return buf_str(&b);
}

START_TEST(test_bibtex_fields)
{
	static const char text[] =
	    "% A comment before the first entry.\n"		/* 1 */
	    "@Article{Yokota2012tuned,\n"
	    "  Author    = {Yokota, Rio and Barba, Lorena A. and others},\n"
	    "  TITLE     = {A Tuned and Scalable {Fast Multipole Method}\n"
	    "               for Exascale Systems},\n"		/* 5 */
	    "  journal   = {International Journal of {HPC} Applications},\n"
	    "  volume    = 26,\n"
	    "  pages     = {337--346},\n"
	    "  year      = 2012,\n"
	    "  month     = nov,\n"				/* 10 */
	    "  doi       = {10.1177/1094342011429952},\n"
	    "  url       = {https://example.org/paper},\n"
	    "  keywords  = {NA},\n"
	    "  note      = {Code available},\n"
	    "  abstract  = {First paragraph,\n"		/* 15 */
	    "               two lines.\n"
	    "\n"
	    "               Second paragraph.},\n"
	    "}\n";
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	static const char *const bibtex[] = { "bibtex", NULL };
	struct readres	 res;
	struct record	*r;

	read_clean(text, 1, &res);
	r = res.set.recs[0];
	ck_assert_str_eq(r->key, "Yokota2012tuned");
	ck_assert_str_eq(r->title, "A Tuned and Scalable Fast Multipole "
	    "Method for Exascale Systems");
	check_strlist(&r->authors, authors);
	ck_assert(r->et_al);
	ck_assert_str_eq(r->date, "2012-11");
	ck_assert_str_eq(r->venue, "International Journal of HPC "
	    "Applications");
	ck_assert_str_eq(r->volume, "26");
	ck_assert_str_eq(r->pages, "337\xE2\x80\x93" "346");
	ck_assert_str_eq(r->doi, "10.1177/1094342011429952");
	ck_assert_str_eq(r->url, "https://example.org/paper");
	ck_assert_str_eq(r->area, "NA");
	ck_assert(r->code);
	ck_assert_str_eq(r->abstract, "First paragraph, two lines.\n\n"
	    "Second paragraph.");
	ck_assert_ptr_null(r->arxiv);
	ck_assert_ptr_null(r->score);
	check_strlist(&r->sources, bibtex);
	ck_assert_str_eq(r->pos.file, "<stdin>");
	ck_assert_uint_eq(r->pos.line, 2);
	ck_assert_uint_eq(r->pos.col, 1);
	readres_release(&res);
}
END_TEST

/* Delimiters, quoted values, nesting, comments, case, trailing commas. */
START_TEST(test_bibtex_syntax)
{
	static const char text[] =
	    "Text outside entries is ignored, @ signs too.\n"
	    "@PREAMBLE{ \"\\newcommand{\\x}{y}\" # {z} }\n"
	    "@comment{ @misc{hidden, title = {Not Read}} }\n"
	    "@Comment this text is a comment too\n"
	    "%@misc{commented, title = {Not Read Either}}\n"
	    "@MISC(paren, title = \"Quoted {\"}Braces{\"} and {{Nested}}\")\n"
	    "@misc{ spaced ,\n"
	    "  % a comment between fields\n"
	    "  title = {Trailing Comma},\n"
	    "}\n"
	    "@misc{nofields}\n"
	    "@misc{last,title={No Spaces},year=\"2020\"}";
	struct readres	 res;

	read_msgs(text, "pubtool: <stdin>:1:34: warning: ignoring '@signs' "
	    "without '{' or '('\n"
	    "pubtool: <stdin>:11:1: error: entry 'nofields' has no title\n",
	    3, &res);
	ck_assert_str_eq(res.set.recs[0]->key, "paren");
	ck_assert_str_eq(res.set.recs[0]->title, "Quoted \"Braces\" and "
	    "Nested");
	ck_assert_str_eq(res.set.recs[1]->key, "spaced");
	ck_assert_str_eq(res.set.recs[1]->title, "Trailing Comma");
	ck_assert_str_eq(res.set.recs[2]->key, "last");
	ck_assert_str_eq(res.set.recs[2]->date, "2020");
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);
}
END_TEST

/* @string macros, # chains, the month macros, numbers. */
START_TEST(test_bibtex_strings)
{
	static const char text[] =
	    "@string{jmlr = \"Journal of Machine Learning Research\"}\n"
	    "@STRING(Special = { (Special Issue)})\n"
	    "@String{v = \"Workshop\"}\n"
	    "@string{v = \"International \" # v}\n"
	    "@article{a,\n"
	    "  title   = \"One\" # { } # \"Two\",\n"
	    "  journal = JMLR # special,\n"
	    "  year    = 2022, month = jul # \"~4\",\n"
	    "}\n"
	    "@inproceedings{b, title = {Three}, booktitle = v, volume = 7,\n"
	    "  year = {2021}, month = {12}}\n"
	    "@misc{c, title = {Four}, year = 2020, month = \"Sep.\"}\n"
	    "@misc{d, title = {Five}, year = 2020, month = {February}}\n"
	    "@string{jan = \"Janvier\"}\n"
	    "@misc{e, title = {Six}, year = 2020, month = jan}\n";
	struct readres	 res;
	struct record	**r;

	read_msgs(text, "pubtool: <stdin>:15:46: warning: unknown month "
	    "'Janvier'\n", 5, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->title, "One Two");
	ck_assert_str_eq(r[0]->venue, "Journal of Machine Learning Research "
	    "(Special Issue)");
	ck_assert_str_eq(r[0]->date, "2022-07-04");
	ck_assert_str_eq(r[1]->venue, "International Workshop");
	ck_assert_str_eq(r[1]->volume, "7");
	ck_assert_str_eq(r[1]->date, "2021-12");
	ck_assert_str_eq(r[2]->date, "2020-09");
	ck_assert_str_eq(r[3]->date, "2020-02");
	ck_assert_str_eq(r[4]->date, "2020");
	readres_release(&res);
}
END_TEST

/*
 * crossref: a child before its parent waits for it and comes out after
 * it; a @proceedings before its child serves it at once; the parent's
 * title is the child's booktitle; what the child has wins; doi and pages
 * are never inherited.
 */
START_TEST(test_bibtex_crossref)
{
	static const char text[] =
	    "@inproceedings{early, title = {Early Child}, crossref = {Conf},\n"
	    "  pages = {1--2}}\n"
	    "@misc{between, title = {Between}}\n"
	    "@inproceedings{own, title = {Own Venue}, crossref = {conf},\n"
	    "  booktitle = {Own Booktitle}, year = 1999}\n"
	    "@proceedings{conf, title = {Proceedings of Conf}, year = 2024,\n"
	    "  month = jun, volume = 3, doi = {10.1/proc}, pages = {1--99},\n"
	    "  author = {Editor, Ed}}\n"
	    "@book{bk, title = {The Book}, year = 2001, publisher = {P}}\n"
	    "@inbook{chap, title = {A Chapter}, crossref = {BK}}\n";
	static const char *const eds[] = { "Ed Editor", NULL };
	struct readres	 res;
	struct record	**r;

	read_clean(text, 6, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->key, "between");
	ck_assert_str_eq(r[1]->key, "conf");
	ck_assert_str_eq(r[2]->key, "early");
	ck_assert_str_eq(r[2]->venue, "Proceedings of Conf");
	ck_assert_str_eq(r[2]->date, "2024-06");
	ck_assert_str_eq(r[2]->volume, "3");
	ck_assert_str_eq(r[2]->pages, "1\xE2\x80\x93" "2");
	ck_assert_ptr_null(r[2]->doi);
	check_strlist(&r[2]->authors, eds);
	ck_assert_uint_eq(r[2]->pos.line, 1);
	ck_assert_str_eq(r[3]->key, "own");
	ck_assert_str_eq(r[3]->venue, "Own Booktitle");
	ck_assert_str_eq(r[3]->date, "1999");
	ck_assert_str_eq(r[4]->key, "bk");
	ck_assert_str_eq(r[5]->key, "chap");
	ck_assert_str_eq(r[5]->venue, "The Book");
	ck_assert_str_eq(r[5]->date, "2001");
	readres_release(&res);
}
END_TEST

/* A crossref that never comes: the child goes out at the end, warned. */
START_TEST(test_bibtex_crossref_missing)
{
	static const char text[] =
	    "@inproceedings{orphan, title = {Orphan}, crossref = {nowhere}}\n"
	    "@misc{after, title = {After}}\n";
	struct readres	 res;

	read_msgs(text, "pubtool: <stdin>:1:53: warning: crossref 'nowhere' "
	    "not found\n", 2, &res);
	ck_assert_str_eq(res.set.recs[0]->key, "after");
	ck_assert_str_eq(res.set.recs[1]->key, "orphan");
	ck_assert_ptr_null(res.set.recs[1]->venue);
	readres_release(&res);
}
END_TEST

/* Accents and symbols in the spellings BibTeX files use. */
START_TEST(test_bibtex_accents)
{
	static const char text[] =
	    "@misc{a, title = {M{\\\"u}ller \\\"{o} \\\"a {\\\"{\\i}} "
	    "Garc{\\'\\i}a Jos\\'{e} \\'{\\i} \\c c {\\c C} \\c{s} "
	    "{\\^{\\d e}} \\ss{} Stra\\ss e {\\o}ster {\\O} {\\aa} \\AA{} "
	    "{\\L}{\\l} \\v{S}\\v{t}astn\\'y \\~n \\=a \\.z \\H{o} \\k{a} "
	    "\\r{a} \\u{g} {\\ae}{\\OE} {\\char\"5C71}\\char\"7530{} "
	    "\\`e \\^o}}\n";
	struct readres	 res;

	read_clean(text, 1, &res);
	ck_assert_str_eq(res.set.recs[0]->title, "Müller ö ä ï García José "
	    "í ç Ç ş ệ ß Straße øster Ø å Å Łł Šťastný ñ ā ż ő ą å ğ æŒ "
	    "山田 è ô");
	readres_release(&res);
}
END_TEST

/*
 * Other TeX: escapes, ties, dashes kept, math kept, case protection
 * removed, markup kept, symbols by name.
 */
START_TEST(test_bibtex_tex)
{
	static const char text[] =
	    "@misc{a, title = {{LLM} {{SegRCDB}} R\\&D 50\\% \\#1 a\\_b "
	    "\\$5 x~y a--b a---b ``q'' {\\textendash} \\textemdash{} "
	    "$\\alpha+{b}$ {$\\beta$} \\emph{Em} {\\em Em} {\\TeX}book "
	    "{\\textasciicircum} {\\textbackslash}{} \\ldots{} \\S}, "
	    "abstract = {{Kept Group} {\\\"u} {$\\gamma$} {\\textit{it}} "
	    "1{,}024}}\n";
	struct readres	 res;

	read_clean(text, 1, &res);
	ck_assert_str_eq(res.set.recs[0]->title, "LLM SegRCDB R&D 50% #1 a_b "
	    "\\$5 x y a\xE2\x80\x93" "b a\xE2\x80\x94" "b ``q'' \xE2\x80\x93 \xE2\x80\x94 "
	    "$\\alpha+{b}$ $\\beta$ \\emph{Em} {\\em Em} TeXbook ^ "
	    "{\\textbackslash} "
	    "\xE2\x80\xA6 \xC2\xA7");
	ck_assert_str_eq(res.set.recs[0]->abstract, "{Kept Group} ü γ "
	    "\\textit{it} 1{,}024");
	readres_release(&res);
}
END_TEST

/* latex_decode() on its own: the cases the reader does not show. */
START_TEST(test_bibtex_decode)
{
	ck_assert_str_eq(decode("{\\foo{x}} {\\foo x} {\\foo}bar", 0),
	    "\\foo{x} {\\foo x} {\\foo}bar");
	ck_assert_str_eq(decode("{\\textbackslash}n {\\textbackslash}1", 0),
	    "{\\textbackslash}n {\\textbackslash}1");
	ck_assert_str_eq(decode("{\\textbraceleft}x{\\textbraceright}", 0),
	    "\\{x\\}");
	ck_assert_str_eq(decode("\\{a\\} x}y", 0), "\\{a\\} x\\}y");
	ck_assert_str_eq(decode("a\\,b", 0), "a\xE2\x80\x89" "b");
	ck_assert_str_eq(decode("a\\,b~c", LATEX_DEC_NAME), "a b c");
	ck_assert_str_eq(decode("\\\"{} \\'{} \\c{}", 0),
	    "\xC2\xA8 \xC2\xB4 \xC2\xB8");
	ck_assert_str_eq(decode("{$\\alpha$}", 0), "\xCE\xB1");
	ck_assert_str_eq(decode("{$\\alpha$}", LATEX_DEC_TITLE), "$\\alpha$");
	ck_assert_str_eq(decode("{$x^2$}", LATEX_DEC_GROUPS), "{$x^2$}");
	ck_assert_str_eq(decode("{$x^2$}", 0), "$x^2$");
	ck_assert_str_eq(decode("$5 and $10", 0), "\\$5 and \\$10");
	ck_assert_str_eq(decode("\\noopsort{a}Zed hy\\-phen a\\\\b", 0),
	    "Zed hyphen a b");
	/* An accent with nothing to accent goes; one on a digit too. */
	ck_assert_str_eq(decode("\\t{oo} \\\" \\'", 0), "\\t{oo} ");
	ck_assert_str_eq(decode("\\\"{1} \\c : \\'\\foo \\'{\\foo}", 0),
	    "1 : \\foo \\foo");
	/* Markup in a title keeps its group, not the writer's braces. */
	ck_assert_str_eq(decode("{\\em {LLM} x} {\\foo}bar", LATEX_DEC_TITLE),
	    "{\\em LLM x} {\\foo}bar");
	ck_assert_str_eq(decode("\\char\"D800 \\char'101 \\char66 \\char\"301 "
	    "\\char\"5C \\char\"7B", 0), "AB{\\textbackslash}\\{");
	ck_assert_str_eq(decode("\\`{}e", 0), "e");
	/* Nine accents on one letter: the innermost goes. */
	ck_assert_str_eq(decode("\\'{\\'{\\'{\\'{\\'{\\'{\\'{\\'{\\'{e}}}}}}}}}",
	    0), "e\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81"
	    "\xCC\x81\xCC\x81");
	ck_assert_str_eq(decode("\\c{\\foo} \\textsc{X} {\\sc Y} \\(", LATEX_DEC_NAME),
	    "\xC2\xB8 X Y (");
	/* NFC composes the marks later: u, U+0308, U+0301. */
	ck_assert_str_eq(decode("{\\'{\\\"u}}", 0), "u\xCC\x88\xCC\x81");
	ck_assert_str_eq(decode("{{\\\"u}} {\\&}", LATEX_DEC_GROUPS),
	    "{u\xCC\x88} {&}");
	ck_assert_str_eq(decode("\\", 0), "{\\textbackslash}");
}
END_TEST

/* Names: every form, corporate names, "others". */
START_TEST(test_bibtex_names)
{
	static const char text[] =
	    "@misc{a, title = {T}, author = {Yokota, Rio and Le Bronnec, "
	    "Florian and\n van der Waals, Johannes and King, Jr., Martin "
	    "Luther AND Donald E. Knuth and {\\char\"5C71}{\\char\"7530}, "
	    "{\\char\"82B1}{\\char\"5B50} and {LLM-jp} and {{Barnes and "
	    "Noble}} and Van Dyke, Di and {de la Cruz}, Jos{\\'e} and "
	    "Smith, Jr. and Ng, {\\relax Th}omas and others}}\n"
	    "@misc{b, title = {T}, author = {{LLM-jp}}}\n"
	    "@misc{c, title = {T}, author = {Anne Author\tand\nOthers}}\n";
	static const char *const a[] = {
		"Rio Yokota", "Le Bronnec Florian", "Johannes van der Waals",
		"Martin Luther King Jr.", "Donald E. Knuth", "山田 花子",
		"LLM-jp", "Barnes and Noble", "Van Dyke Di",
		"José de la Cruz", "Jr. Smith", "Thomas Ng", NULL
	};
	static const char *const b[] = { "LLM-jp", NULL };
	static const char *const c[] = { "Anne Author", NULL };
	struct readres	 res;

	read_clean(text, 3, &res);
	check_strlist(&res.set.recs[0]->authors, a);
	ck_assert(res.set.recs[0]->et_al);
	check_strlist(&res.set.recs[1]->authors, b);
	ck_assert(!res.set.recs[1]->et_al);
	check_strlist(&res.set.recs[2]->authors, c);
	ck_assert(res.set.recs[2]->et_al);
	readres_release(&res);
}
END_TEST

/* Dates: the biblatex date field first, then year and month. */
START_TEST(test_bibtex_dates)
{
	static const char text[] =
	    "@misc{a, title = {T}, date = {2024-07-04}, year = 1999}\n"
	    "@misc{b, title = {T}, date = {2024-07/2024-08}}\n"
	    "@misc{c, title = {T}, date = {2019}}\n"
	    "@misc{d, title = {T}, year = {{2016}}, month = {2}}\n"
	    "@misc{e, title = {T}, year = 2016, month = \"Oct\"}\n"
	    "@misc{f, title = {T}, year = 2016, month = feb # \"~30\"}\n"
	    "@misc{g, title = {T}}\n";
	struct readres	 res;
	struct record	**r;

	read_clean(text, 7, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->date, "2024-07-04");
	ck_assert_str_eq(r[1]->date, "2024-07");
	ck_assert_str_eq(r[2]->date, "2019");
	ck_assert_str_eq(r[3]->date, "2016-02");
	ck_assert_str_eq(r[4]->date, "2016-10");
	ck_assert_str_eq(r[5]->date, "2016-02");
	ck_assert_ptr_null(r[6]->date);
	readres_release(&res);
}
END_TEST

/* Venues, arXiv ids and the identifiers the writer derives from them. */
START_TEST(test_bibtex_venue_arxiv)
{
	static const char text[] =
	    "@misc{a, title = {T}, eprint = {2505.12345v2},\n"
	    "  archivePrefix = {arXiv}, primaryClass = {cs.CL},\n"
	    "  doi = {10.48550/arXiv.2505.12345},\n"
	    "  url = {https://arxiv.org/abs/2505.12345}}\n"
	    "@article{b, title = {T}, journal = {arXiv preprint "
	    "arXiv:2402.01234}, doi = {doi:10.1/X}}\n"
	    "@article{c, title = {T}, journaltitle = {J}, booktitle = {B},\n"
	    "  eprint = {hep-th/9901001}, url = {\\url{http://x.org/\\~{}a/b\\_c}}}\n"
	    "@misc{d, title = {T}, howpublished = {\\url{https://x.org/d}},\n"
	    "  eprint = {1234}, eprinttype = {jstor}}\n"
	    "@misc{e, title = {T}, howpublished = {Tech Report},\n"
	    "  eprint = {arXiv:math.NA/0601001}, doi = {https://doi.org/10.2/Y},\n"
	    "  url = {https://arxiv.org/abs/math.NA/0601001v3}}\n";
	struct readres	 res;
	struct record	**r;

	read_clean(text, 5, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->arxiv, "2505.12345");
	ck_assert_str_eq(r[0]->area, "cs.CL");
	ck_assert_ptr_null(r[0]->doi);
	ck_assert_ptr_null(r[0]->url);
	ck_assert_str_eq(r[1]->arxiv, "2402.01234");
	ck_assert_str_eq(r[1]->venue, "arXiv preprint arXiv:2402.01234");
	ck_assert_str_eq(r[1]->doi, "10.1/X");
	ck_assert_str_eq(r[2]->venue, "J");
	ck_assert_str_eq(r[2]->arxiv, "hep-th/9901001");
	ck_assert_str_eq(r[2]->url, "http://x.org/~a/b_c");
	ck_assert_ptr_null(r[3]->venue);
	ck_assert_ptr_null(r[3]->arxiv);
	ck_assert_str_eq(r[3]->url, "https://x.org/d");
	ck_assert_str_eq(r[4]->venue, "Tech Report");
	ck_assert_str_eq(r[4]->arxiv, "math/0601001");
	ck_assert_str_eq(r[4]->doi, "10.2/Y");
	ck_assert_str_eq(r[4]->url, "https://arxiv.org/abs/math.NA/0601001v3");
	readres_release(&res);
}
END_TEST

/* arXiv ids from DBLP's CoRR volumes and arXiv urls; a bad eprint. */
START_TEST(test_bibtex_arxiv_sources)
{
	static const char text[] =
	    "@article{f, title = {T}, journal = {CoRR}, volume = "
	    "{abs/1811.12019},\n  eprinttype = {arXiv}, eprint = {1811.12019}}\n"
	    "@article{g, title = {T}, journal = {CoRR}, volume = "
	    "{abs/1811.12020}}\n"
	    "@misc{h, title = {T}, url = {http://arxiv.org/abs/1811.12021v3}}\n"
	    "@misc{i, title = {T}, url = {https://arxiv.org/abs/1811.12022}}\n"
	    "@misc{j, title = {T}, eprint = {not-an-id}, archiveprefix = "
	    "{arXiv}}\n"
	    "@misc{k, title = {T}, eprint = {12345}, eprinttype = {jstor}}\n";
	struct readres	 res;
	struct record	**r;

	read_msgs(text, "pubtool: <stdin>:6:32: warning: eprint 'not-an-id' "
	    "is not an arXiv identifier\n", 6, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->arxiv, "1811.12019");
	ck_assert_str_eq(r[1]->arxiv, "1811.12020");
	ck_assert_str_eq(r[2]->arxiv, "1811.12021");
	ck_assert_str_eq(r[2]->url, "http://arxiv.org/abs/1811.12021v3");
	ck_assert_str_eq(r[3]->arxiv, "1811.12022");
	ck_assert_ptr_null(r[3]->url);
	ck_assert_ptr_null(r[4]->arxiv);
	ck_assert_ptr_null(r[5]->arxiv);
	readres_release(&res);
}
END_TEST

/* keywords as an area only when they are one code; note and code. */
START_TEST(test_bibtex_area_code)
{
	static const char text[] =
	    "@misc{a, title = {T}, keywords = {CV}, primaryclass = {cs.LG}}\n"
	    "@misc{b, title = {T}, keywords = {deep learning, hpc},\n"
	    "  primaryclass = {stat.ML}, note = {code available at x}}\n"
	    "@misc{c, title = {T}, keywords = {quant-ph}, note = {Other}}\n"
	    "@misc{d, title = {T}, keywords = {GPU}}\n";
	struct readres	 res;
	struct record	**r;

	read_clean(text, 4, &res);
	r = res.set.recs;
	ck_assert_str_eq(r[0]->area, "CV");
	ck_assert(!r[0]->code);
	ck_assert_str_eq(r[1]->area, "stat.ML");
	ck_assert(r[1]->code);
	ck_assert_str_eq(r[2]->area, "quant-ph");
	ck_assert(!r[2]->code);
	ck_assert_str_eq(r[3]->area, "GPU");
	readres_release(&res);
}
END_TEST

/* The records below, written with --ascii, into memory. */
static char *
write_ascii(const struct record *recs, size_t n)
{
	struct wopts	 opts;
	FILE		*fp;
	char		*out = NULL;
	size_t		 len, i;
	void		*state;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	memset(&opts, 0, sizeof(opts));
	opts.ascii = true;
	state = bibtex_writer.open(fp, &opts);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(bibtex_writer.put(state, &recs[i]), 0);
	ck_assert_int_eq(bibtex_writer.close(state), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

/*
 * Writes the records as BibTeX, reads them back, and checks that the
 * records are the same and that writing them again gives the same text.
 * The writer's warnings ({\char"XXXX}) go to /dev/null.
 */
static void
check_roundtrip(const struct record *recs, size_t n, bool ascii)
{
	struct readres	 res;
	struct record	*back;
	FILE		*null;
	char		*first, *second;
	size_t		 i;

	null = fopen("/dev/null", "w");
	ck_assert_ptr_nonnull(null);
	diag_reset(null);
	first = ascii ? write_ascii(recs, n) :
	    write_records(&bibtex_writer, recs, n, NULL);
	read_clean(first, n, &res);
	back = calloc(n, sizeof(*back));
	ck_assert_ptr_nonnull(back);
	for (i = 0; i < n; i++) {
		check_record_eq(recs + i, res.set.recs[i]);
		back[i] = *res.set.recs[i];
	}
	diag_reset(null);
	second = ascii ? write_ascii(back, n) :
	    write_records(&bibtex_writer, back, n, NULL);
	diag_reset(NULL);
	fclose(null);
	ck_assert_str_eq(first, second);
	free(back);
	free(first);
	free(second);
	readres_release(&res);
}

/* Records as other readers make them survive BibTeX and back. */
START_TEST(test_bibtex_roundtrip)
{
	static const char *const a0[] = {
		"Le Bronnec Florian", "Alexandre Verine", "Rio Yokota", NULL
	};
	static const char *const a1[] = {
		"LLM-jp", "Akiko Aizawa", "Eiji Aramaki", NULL
	};
	static const char *const a2[] = {
		"Rubèn Tito", "山田 花子", "Jonas Øster",
		"Olivier de la Fontaine", "Martin Luther King Jr.", NULL
	};
	static const char *const bibtex[] = { "bibtex", NULL };
	struct arena	 arena;
	struct record	 recs[3];
	int		 ascii;

	arena_init(&arena);
	memset(recs, 0, sizeof(recs));
	record_init(&recs[0]);
	recs[0].key = "lebronnec2026beyond";
	recs[0].title = "Beyond pass@k: Redundancy-Aware RLVR for "
	    "Multi-Sample Code Generation";
	strlist_set(&arena, &recs[0].authors, a0);
	recs[0].et_al = true;
	recs[0].area = "CL";
	recs[0].date = "2026-05";
	recs[0].abstract = "Using Pass@k \xE2\x80\x93 where 78% of {the tests} "
	    "pass with $\\mu$P and \\textit{x} 10^7.\n\nSecond paragraph & more.";
	strlist_set(&arena, &recs[0].sources, bibtex);
	record_init(&recs[1]);
	recs[1].key = "llmjp2024llm";
	recs[1].title = "LLM-jp: A Cross-organizational Project for "
	    "Japanese LLMs";
	strlist_set(&arena, &recs[1].authors, a1);
	recs[1].code = true;
	recs[1].area = "cs.CL";
	recs[1].date = "2024-07";
	recs[1].arxiv = "2407.03963";
	recs[1].venue = "Proceedings of the Annual Meeting of the ACL";
	recs[1].pages = "1\xE2\x80\x93" "20";
	recs[1].volume = "1";
	recs[1].doi = "10.1/x_y";
	recs[1].url = "https://example.org/~a";
	strlist_set(&arena, &recs[1].sources, bibtex);
	record_init(&recs[2]);
	recs[2].key = "tito2023case";
	recs[2].title = "分散学習のための通信圧縮: A Case Study of "
	    "Caf\xC3\xA9s \xE2\x80\x94 GPUs and $\\alpha$-Decay";
	strlist_set(&arena, &recs[2].authors, a2);
	recs[2].date = "2023";
	recs[2].venue = "Journal of Na\xC3\xAFve Studies";
	strlist_set(&arena, &recs[2].sources, bibtex);
	for (ascii = 0; ascii < 2; ascii++)
		check_roundtrip(recs, 3, ascii != 0);
	arena_release(&arena);
}
END_TEST

/*
 * An entry with a # chain of n parts, an abstract of n / 10 * 16 bytes
 * of TeX and n fields.
 */
static void
big_entry(struct buf *b, size_t n)
{
	size_t	 i;

	buf_reset(b);
	buf_addstr(b, "@string{a = \"ab\"}\n@misc{k, title = a");
	for (i = 0; i < n; i++)
		buf_addstr(b, i % 2 ? " # a" : " # {c}");
	buf_addstr(b, ", abstract = {");
	for (i = 0; i < n / 10; i++)
		buf_addstr(b, "{\\\"u}word {x} \\ss");
	buf_addstr(b, "}");
	for (i = 0; i < n; i++)
		buf_addf(b, ", f%zu = {v}", i);
	buf_addstr(b, "}\n");
}

/* Reads b, checks the record, returns the processor time it took. */
static double
time_big(struct buf *b, size_t n)
{
	struct readres	 res;
	clock_t		 start;
	double		 secs;

	start = clock();
	read_clean(b->data, 1, &res);
	secs = (double)(clock() - start) / CLOCKS_PER_SEC;
	ck_assert_uint_eq(strlen(res.set.recs[0]->title), 2 + n / 2 * 3);
	/* Each "{\"u}word {x} \ss" is "üword {x} ß", 13 bytes. */
	ck_assert_uint_eq(strlen(res.set.recs[0]->abstract), n / 10 * 13);
	readres_release(&res);
	return secs;
}

/*
 * Reading is linear: four times the input (a # chain of 100,000 parts,
 * a 1.6 MB field, 100,000 fields) takes well under eight times as long
 * (quadratic work would take sixteen), under valgrind too.  The 10 MB
 * field is timed by tests/cli/import/bibtex-huge.sh.
 */
START_TEST(test_bibtex_linear)
{
	struct buf	 b;
	double		 t1, t4;

	buf_init(&b);
	big_entry(&b, 25000);
	t1 = time_big(&b, 25000);
	big_entry(&b, 100000);
	t4 = time_big(&b, 100000);
	ck_assert_msg(t4 < 8 * t1 + 0.05, "1x took %.3f s, 4x %.3f s", t1,
	    t4);
	buf_release(&b);
}
END_TEST

/* Input that is empty or holds no entries; a read error; a sink stop. */
START_TEST(test_bibtex_empty)
{
	struct readres	 res;

	read_clean("", 0, &res);
	readres_release(&res);
	read_clean("% only a comment\n\n@comment{x}\n", 0, &res);
	readres_release(&res);
	readres_init(&res);
	read_unreadable(&bibtex_reader, &res);
	ck_assert_int_eq(res.rc, -1);
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);
	readres_init(&res);
	res.stop_after = 1;
	read_str(&bibtex_reader, "@misc{a, title={A}}\n@misc{b, title={B}}\n"
	    "@inproceedings{c, title={C}, crossref={p}}\n", &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);
}
END_TEST

/* Unbalanced braces: the next entry is still read. */
START_TEST(test_bibtex_unbalanced)
{
	static const char text[] =
	    "@misc{a, title = {An {Unclosed Title},\n"
	    "  year = 2021,\n"
	    "}\n"
	    "@misc{b, title = {B}}\n"
	    "@misc{c, title = \"A Stray} Brace\"}\n"
	    "@misc{d, title = {No End,\n"
	    "  year = 2021,\n"
	    "@misc{e, title = {E}}\n";
	struct readres	 res;

	readres_init(&res);
	read_str(&bibtex_reader, text, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:1:18: error: unclosed '{' in field 'title': "
	    "its value runs to the end of the entry at line 3\n"
	    "pubtool: <stdin>:5:26: error: unbalanced '}' in field 'title'\n"
	    "pubtool: <stdin>:6:18: error: unclosed '{' in field 'title' "
	    "before the entry at line 8\n");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->key, "b");
	ck_assert_str_eq(res.set.recs[1]->key, "e");
	ck_assert_uint_eq(res.nerrors, 3);
	ck_assert_uint_eq(res.nrejects, 3);
	readres_release(&res);
}
END_TEST

/* The end of the input in a value, a quoted value, an entry. */
START_TEST(test_bibtex_eof)
{
	static const struct {
		const char	*text;
		const char	*msg;
	} cases[] = {
		{ "@misc{a, title = {A},\n  abstract = {Cut",
		  "pubtool: <stdin>:2:14: error: end of input in field "
		  "'abstract': unclosed '{'\n" },
		{ "@misc{a, title = \"Cut\n",
		  "pubtool: <stdin>:1:18: error: end of input in field "
		  "'title': unclosed '\"'\n" },
		{ "@misc{a, title = {A},\n",
		  "pubtool: <stdin>:1:1: error: end of input in entry 'a': "
		  "missing '}'\n" },
		{ "@misc(a, title = {A}",
		  "pubtool: <stdin>:1:1: error: end of input in entry 'a': "
		  "missing ')'\n" },
		{ "@misc{a, title = {A{b},\n}",
		  "pubtool: <stdin>:1:18: error: unclosed '{' in field "
		  "'title': its value runs to the end of the entry at line 2\n" },
		{ "@misc{a, title =",
		  "pubtool: <stdin>:1:17: error: expected a value for field "
		  "'title', found end of input\n" },
		{ "@comment{never closed\n@misc{a, title = {A}}\n",
		  "pubtool: <stdin>:1:1: error: end of input in @comment: "
		  "unclosed '{'\n" },
		{ "@preamble{\"x\"",
		  "pubtool: <stdin>:1:1: error: end of input in @preamble: "
		  "missing '}'\n" },
	};
	struct readres	 res;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		readres_init(&res);
		read_str(&bibtex_reader, cases[i].text, &res);
		ck_assert_str_eq(res.diag, cases[i].msg);
		ck_assert_uint_eq(res.set.n, 0);
		ck_assert_uint_eq(res.nerrors, 1);
		ck_assert_int_eq(res.rc, 0);
		readres_release(&res);
	}
}
END_TEST

/* Syntax errors: reported where they are; the good entries are read. */
START_TEST(test_bibtex_syntax_errors)
{
	static const char text[] =
	    "@misc{nocomma title = {T}, year = 2020}\n"
	    "@misc{noequals, title {T}}\n"
	    "@misc{good1, title = {Good}}\n"
	    "@misc{nocomma2, title = {T} year = 2022}\n"
	    "@misc{novalue, title = , year = 2022}\n"
	    "@misc{badname, = {x}}\n"
	    "@misc{unclosed, title = {T}, year = 2023\n"
	    "@misc{good2, title = {Good}}\n"
	    "@misc\n"
	    "@misc{good3, title = {Good}}\n"
	    "@string{= \"x\"}\n"
	    "@string{s \"x\"}\n"
	    "@string{t = \"x\" y}\n"
	    "@preamble{\"x\" y}\n"
	    "@misc{good4, title = {Good}}\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:1:15: error: expected ',' after key 'nocomma', "
	    "found 't'\n"
	    "pubtool: <stdin>:2:23: error: expected '=' after field name "
	    "'title', found '{'\n"
	    "pubtool: <stdin>:4:29: error: expected ',' or '}' after a field, "
	    "found 'y'\n"
	    "pubtool: <stdin>:5:24: error: expected a value for field "
	    "'title', found ','\n"
	    "pubtool: <stdin>:6:16: error: expected a field name, found '='\n"
	    "pubtool: <stdin>:7:1: error: entry 'unclosed' is not closed "
	    "before the entry at line 8\n"
	    "pubtool: <stdin>:9:1: warning: ignoring '@misc' without '{' or "
	    "'('\n"
	    "pubtool: <stdin>:11:9: error: expected a macro name after "
	    "'@string', found '='\n"
	    "pubtool: <stdin>:12:11: error: expected '=' after macro name "
	    "'s', found '\"'\n"
	    "pubtool: <stdin>:13:17: error: expected '}' at the end of "
	    "@string 't', found 'y'\n"
	    "pubtool: <stdin>:14:15: error: expected '}' at the end of "
	    "@preamble, found 'y'\n",
	    4, &res);
	ck_assert_uint_eq(res.nrejects, 6);
	readres_release(&res);
}
END_TEST

/* A @string that refers to itself; one that builds on its old value. */
START_TEST(test_bibtex_self_ref)
{
	static const char text[] =
	    "@string{conf = \"Conference on \" # conf}\n"
	    "@string{v = \"Workshop\"}\n"
	    "@string{v = \"International \" # v}\n"
	    "@misc{a, title = {A}, howpublished = conf}\n"
	    "@misc{b, title = {B}, howpublished = v}\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:1:35: error: macro 'conf' refers to itself\n"
	    "pubtool: <stdin>:4:38: warning: undefined macro 'conf' in field "
	    "'howpublished'; taken as empty\n", 2, &res);
	ck_assert_ptr_null(res.set.recs[0]->venue);
	ck_assert_str_eq(res.set.recs[1]->venue, "International Workshop");
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_uint_eq(res.nrejects, 0);
	readres_release(&res);
}
END_TEST

/* Duplicate keys (in any case) are errors; duplicate fields warnings. */
START_TEST(test_bibtex_duplicates)
{
	static const char text[] =
	    "@misc{a1, title = {First}}\n"
	    "@misc{a2, title = {Second}, TITLE = {Again}, year = 2021,\n"
	    "  Year = 2022}\n"
	    "@misc{a1, title = {Other}}\n"
	    "@misc{A2, title = {Capitals}}\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:2:29: warning: duplicate field 'title' (first "
	    "at line 2); the first is kept\n"
	    "pubtool: <stdin>:3:3: warning: duplicate field 'year' (first at "
	    "line 2); the first is kept\n"
	    "pubtool: <stdin>:4:7: error: duplicate key 'a1' (first at line "
	    "1)\n"
	    "pubtool: <stdin>:5:7: error: duplicate key 'A2' (first at line "
	    "2)\n", 2, &res);
	ck_assert_str_eq(res.set.recs[1]->title, "Second");
	ck_assert_str_eq(res.set.recs[1]->date, "2021");
	ck_assert_uint_eq(res.nrejects, 2);
	readres_release(&res);
}
END_TEST

/* Entries without a title; a title that is only an undefined macro. */
START_TEST(test_bibtex_no_title)
{
	static const char text[] =
	    "@misc{a, author = {X, Y}}\n"
	    "@misc{b, title = {{ }}}\n"
	    "@misc{, title = t}\n"
	    "@misc{c, title = {C}}\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:1:1: error: entry 'a' has no title\n"
	    "pubtool: <stdin>:2:1: error: entry 'b' has no title\n"
	    "pubtool: <stdin>:3:17: warning: undefined macro 't' in field "
	    "'title'; taken as empty\n"
	    "pubtool: <stdin>:3:1: error: entry has no title\n", 1, &res);
	ck_assert_uint_eq(res.nrejects, 3);
	readres_release(&res);
}
END_TEST

/* Bytes that are not text: in an entry an error, outside a warning. */
START_TEST(test_bibtex_bad_bytes)
{
	static const char text[] =
	    "Outside: \xFC.\n"
	    "@misc{a, title = {M\xFCller \xF6}}\n"
	    "@misc{b, title = {B}}\n"
	    "@misc{c, title = {N\0L}}\n"
	    "@misc{d, title = {Tab\tis fine}, note = {C\x01}}\n"
	    "% a comment with \xFF is not checked\n"
	    "@misc{e, title = {E}}\n";
	struct readres	 res;

	readres_init(&res);
	read_input(&bibtex_reader, text, sizeof(text) - 1, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:1:10: warning: invalid UTF-8 (byte 0xFC) "
	    "outside entries\n"
	    "pubtool: <stdin>:2:20: error: invalid UTF-8 (byte 0xFC)\n"
	    "pubtool: <stdin>:4:20: error: NUL byte\n"
	    "pubtool: <stdin>:5:42: error: control character (byte 0x01)\n");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->key, "b");
	ck_assert_str_eq(res.set.recs[1]->key, "e");
	ck_assert_uint_eq(res.nrejects, 3);
	readres_release(&res);
}
END_TEST

/* Braces nested too deeply; a value that is too long. */
START_TEST(test_bibtex_limits)
{
	struct readres	 res;
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	buf_addstr(&b, "@misc{a, title = {");
	for (i = 0; i < 300; i++)
		buf_addc(&b, '{');
	for (i = 0; i < 300; i++)
		buf_addc(&b, '}');
	buf_addstr(&b, "}}\n@misc{b, title = {");
	for (i = 0; i < 256 - 1; i++)
		buf_addc(&b, '{');
	buf_addc(&b, 'x');
	for (i = 0; i < 256 - 1; i++)
		buf_addc(&b, '}');
	buf_addstr(&b, "}}\n@string{big = \"");
	for (i = 0; i < 9 * 1024 * 1024; i++)
		buf_addc(&b, 'x');
	buf_addstr(&b, "\"}\n@misc{c, title = big # big}\n"
	    "@misc{d, title = {D}, abstract = big}\n");
	readres_init(&res);
	read_str(&bibtex_reader, b.data, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:1:274: error: braces nested too deeply in "
	    "field 'title' (more than 256 levels; --max depth=N "
	    "raises the limit)\n"
	    "pubtool: <stdin>:4:24: error: field 'title' longer than "
	    "16777216 bytes (--max field=N raises the limit)\n");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->title, "x");
	ck_assert_uint_eq(strlen(res.set.recs[1]->abstract), 9 * 1024 * 1024);
	ck_assert_uint_eq(res.nrejects, 2);
	readres_release(&res);
	buf_release(&b);
}
END_TEST

/* Values pubtool cannot use: warnings, and the entry is kept. */
START_TEST(test_bibtex_value_warnings)
{
	static const char text[] =
	    "@misc{badyear, title = {T}, year = {20x4}}\n"
	    "@misc{badmonth, title = {T}, year = 2020, month = {Brumaire}}\n"
	    "@misc{noyear, title = {T}, month = feb}\n"
	    "@misc{baddate, title = {T}, date = {--05-27}, year = 2021}\n"
	    "@misc{M{\\\"u}ller2023, title = {T}}\n"
	    "@misc{a b, title = {T}}\n"
	    "@misc{, title = {T}}\n"
	    "@misc{names, title = {T},\n"
	    "  author = {Yokota, Rio and and Tito, R and A, B, C, D and }}, "
	    "year = 2026\n"
	    "@misc{last, title = {T}} % a comment is fine\n"
	    "@misc{last2, title = {T}},\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:1:36: warning: invalid year '20x4'\n"
	    "pubtool: <stdin>:2:51: warning: unknown month 'Brumaire'\n"
	    "pubtool: <stdin>:3:36: warning: ignoring month 'February' "
	    "without a year\n"
	    "pubtool: <stdin>:4:36: warning: invalid date '--05-27'\n"
	    "pubtool: <stdin>:5:7: warning: ignoring key 'M{\\\"u}ller2023': "
	    "a key is ASCII without spaces, braces, quotes or backslashes\n"
	    "pubtool: <stdin>:6:9: error: expected ',' after key 'a', found "
	    "'b'\n"
	    "pubtool: <stdin>:7:1: warning: entry has no key\n"
	    "pubtool: <stdin>:9:12: warning: empty name in field 'author'\n"
	    "pubtool: <stdin>:9:12: warning: too many commas in name "
	    "'A, B, C, D'\n"
	    "pubtool: <stdin>:9:12: warning: empty name in field 'author'\n"
	    "pubtool: <stdin>:9:64: warning: ignoring text after the end of "
	    "entry 'names'\n", 9, &res);
	ck_assert_ptr_null(res.set.recs[0]->date);
	ck_assert_str_eq(res.set.recs[1]->date, "2020");
	ck_assert_ptr_null(res.set.recs[2]->date);
	ck_assert_str_eq(res.set.recs[3]->date, "2021");
	ck_assert_ptr_null(res.set.recs[4]->key);
	ck_assert_ptr_null(res.set.recs[5]->key);
	ck_assert_uint_eq(res.set.recs[6]->authors.n, 3);
	ck_assert_str_eq(res.set.recs[6]->authors.v[2], "A, B, C, D");
	readres_release(&res);
}
END_TEST

/*
 * Columns after a run of text in a value, wherever the run ends and
 * whatever it holds: a character of two or four bytes is one column.
 * The reader takes such runs sixteen or eight bytes at a time.
 */
START_TEST(test_bibtex_value_columns)
{
	static const char *const chars[] = { "a", "\xC3\xA9", "b",
	    "\xF0\x9F\x98\x80", "c" };
	struct buf	 text, want;
	struct readres	 res;
	size_t		 k, i;

	buf_init(&text);
	buf_init(&want);
	for (k = 0; k <= 40; k++) {
		buf_reset(&text);
		buf_addstr(&text, "@misc{c, title = \"");
		for (i = 0; i < k; i++)
			buf_addstr(&text, chars[i % 5]);
		buf_addstr(&text, "} X\"}\n@misc{d, title = {");
		for (i = 0; i < k; i++)
			buf_addstr(&text, chars[(i + 2) % 5]);
		buf_addstr(&text, "D}}\n");
		buf_reset(&want);
		buf_addf(&want, "pubtool: <stdin>:1:%zu: error: unbalanced "
		    "'}' in field 'title'\n", 19 + k);
		readres_init(&res);
		read_str(&bibtex_reader, buf_str(&text), &res);
		ck_assert_str_eq(res.diag, buf_str(&want));
		ck_assert_uint_eq(res.set.n, 1);
		buf_reset(&want);
		for (i = 0; i < k; i++)
			buf_addstr(&want, chars[(i + 2) % 5]);
		buf_addstr(&want, "D");
		ck_assert_str_eq(res.set.recs[0]->title, buf_str(&want));
		readres_release(&res);
	}
	buf_release(&text);
	buf_release(&want);
}
END_TEST

/*
 * An entry key is read in runs up to white space, a comma, a brace or
 * the entry's closing delimiter (the other one is part of the key), a
 * brace group whole; a key with any of those is ignored.
 */
START_TEST(test_bibtex_key_runs)
{
	static const char text[] =
	    "@misc{a)b, title = {T}}\n"
	    "@misc(a}b, title = {T})\n"
	    "@misc(c{d,e}f, title = {T})\n"
	    "@misc{ g\xC3\xA9h , title = {T}}\n"
	    "@misc{m%n, title = {T}}\n"
	    "@misc{abcdefghijklmnopqrstuvwxyz0123456789, title = {T}}\n"
	    "@misc(p:q/r, title = {T})\n";
	struct readres	 res;

	read_msgs(text,
	    "pubtool: <stdin>:1:7: warning: ignoring key 'a)b': a key is "
	    "ASCII without spaces, braces, quotes or backslashes\n"
	    "pubtool: <stdin>:2:7: warning: ignoring key 'a}b': a key is "
	    "ASCII without spaces, braces, quotes or backslashes\n"
	    "pubtool: <stdin>:3:7: warning: ignoring key 'c{d,e}f': a key is "
	    "ASCII without spaces, braces, quotes or backslashes\n"
	    "pubtool: <stdin>:4:8: warning: ignoring key 'g\xC3\xA9h': a key "
	    "is ASCII without spaces, braces, quotes or backslashes\n"
	    "pubtool: <stdin>:5:7: warning: ignoring key 'm%n': a key is "
	    "ASCII without spaces, braces, quotes or backslashes\n", 7, &res);
	ck_assert_ptr_null(res.set.recs[0]->key);
	ck_assert_str_eq(res.set.recs[5]->key,
	    "abcdefghijklmnopqrstuvwxyz0123456789");
	ck_assert_str_eq(res.set.recs[6]->key, "p:q/r");
	readres_release(&res);
}
END_TEST

Suite *
bibtex_read_suite(void)
{
	Suite	*s = suite_create("bibtex_read");
	TCase	*good = tcase_create("good");
	TCase	*bad = tcase_create("bad");

	tcase_set_timeout(good, 20);
	tcase_set_timeout(bad, 20);
	tcase_add_test(good, test_bibtex_fields);
	tcase_add_test(good, test_bibtex_syntax);
	tcase_add_test(good, test_bibtex_strings);
	tcase_add_test(good, test_bibtex_crossref);
	tcase_add_test(good, test_bibtex_crossref_missing);
	tcase_add_test(good, test_bibtex_accents);
	tcase_add_test(good, test_bibtex_tex);
	tcase_add_test(good, test_bibtex_decode);
	tcase_add_test(good, test_bibtex_names);
	tcase_add_test(good, test_bibtex_dates);
	tcase_add_test(good, test_bibtex_venue_arxiv);
	tcase_add_test(good, test_bibtex_arxiv_sources);
	tcase_add_test(good, test_bibtex_area_code);
	tcase_add_test(good, test_bibtex_roundtrip);
	tcase_add_test(good, test_bibtex_linear);
	tcase_add_test(good, test_bibtex_empty);
	suite_add_tcase(s, good);
	tcase_add_test(bad, test_bibtex_unbalanced);
	tcase_add_test(bad, test_bibtex_eof);
	tcase_add_test(bad, test_bibtex_syntax_errors);
	tcase_add_test(bad, test_bibtex_self_ref);
	tcase_add_test(bad, test_bibtex_duplicates);
	tcase_add_test(bad, test_bibtex_no_title);
	tcase_add_test(bad, test_bibtex_bad_bytes);
	tcase_add_test(bad, test_bibtex_value_columns);
	tcase_add_test(bad, test_bibtex_key_runs);
	tcase_add_test(bad, test_bibtex_limits);
	tcase_add_test(bad, test_bibtex_value_warnings);
	suite_add_tcase(s, bad);
	return s;
}
