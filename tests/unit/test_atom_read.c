/*
 * Unit tests for src/atom_read.c, the arXiv Atom reader, and through it
 * for the safe XML layer of src/xml.c: every field, every error path
 * with its message and position, and the refusal of external entities,
 * entity bombs and external DTDs.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "buf.h"
#include "diag.h"
#include "format.h"
#include "record.h"
#include "tests.h"

#define XMLDECL	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define FEED	"<feed xmlns=\"http://www.w3.org/2005/Atom\" " \
		    "xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
#define ENDFEED	"</feed>\n"
/* An entry of five lines, each starting a record of the given title. */
#define ENTRY(title) \
	"<entry>\n" \
	"<id>http://arxiv.org/abs/1106.2176v2</id>\n" \
	"<published>2011-06-10T21:13:11Z</published>\n" \
	"<title>" title "</title><author><name>A B</name></author>\n" \
	"</entry>\n"

static void	 read_atom(const char *, struct readres *);
static void	 check_fails(const char *, const char *, size_t,
		    unsigned long);

/* Reads s, which must give no message. */
static void
read_atom(const char *s, struct readres *res)
{
	readres_init(res);
	read_str(&atom_reader, s, res);
}

/*
 * Reads s and checks that it gives exactly the messages want, read()
 * returning 0, n records (titled "Good") and rejects dropped records.
 */
static void
check_fails(const char *s, const char *want, size_t n,
    unsigned long rejects)
{
	struct readres	 res;
	size_t		 i;

	read_atom(s, &res);
	ck_assert_str_eq(res.diag, want);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, n);
	for (i = 0; i < n; i++)
		ck_assert_str_eq(res.set.recs[i]->title, "Good");
	ck_assert_uint_eq(res.nrejects, rejects);
	readres_release(&res);
}

/* A two-page-style response: paging elements, three entries. */
static const char feed[] =
	XMLDECL							/*  1 */
	FEED
	"  <title type=\"html\">ArXiv Query: au:Yokota_R</title>\n"
	"  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/"
	    "opensearch/1.1/\">5</opensearch:totalResults>\n"
	"  <entry>\n"						/*  5 */
	"    <id>http://arxiv.org/abs/1106.2176v2</id>\n"
	"    <updated>2011-10-16T18:25:04Z</updated>\n"
	"    <published>2011-06-10T21:13:11Z</published>\n"
	"    <title>A Tuned and Scalable Fast Multipole Method as a "
	    "Preeminent Algorithm for\n  Exascale Systems</title>\n"
	"    <summary>  Among the algorithms\nthat are likely.\n"
	"  \n"
	"Second  paragraph.\n</summary>\n"
	"    <author><name>Rio Yokota</name>\n"
	"      <arxiv:affiliation>Boston University</arxiv:affiliation>\n"
	"    </author>\n"
	"    <author><name>Lorena A. Barba</name>\n"
	"      <arxiv:affiliation>Boston University</arxiv:affiliation>\n"
	"      <arxiv:affiliation>KAUST</arxiv:affiliation>\n"
	"    </author>\n"
	"    <arxiv:doi>10.1177/1094342011429952</arxiv:doi>\n"
	"    <arxiv:journal_ref>Int. J. High Perform. Comput. Appl. 26(4) "
	    "(2012)</arxiv:journal_ref>\n"
	"    <arxiv:comment>23 pages</arxiv:comment>\n"
	"    <link title=\"doi\" href=\"http://dx.doi.org/10.1177/1\" "
	    "rel=\"related\"/>\n"
	"    <link title=\"pdf\" href=\"http://arxiv.org/pdf/1106.2176v2\" "
	    "rel=\"related\"/>\n"
	"    <link href=\"http://arxiv.org/abs/1106.2176v2\" "
	    "rel=\"alternate\" type=\"text/html\"/>\n"
	"    <arxiv:primary_category term=\"cs.NA\" "
	    "scheme=\"http://arxiv.org/schemas/atom\"/>\n"
	"    <category term=\"cs.DC\"/>\n"
	"  </entry>\n"
	"  <entry>\n"						/* 32 */
	"    <id>https://arxiv.org/abs/2405.12345v12</id>\n"
	"    <published>2024-05-20T17:59:59-04:00</published>\n"
	"    <title>Scaling</title>\n"
	"    <author><name>Je\xCC\x81ro\xCC\x82me Mu\xCC\x88ller</name>"
	    "</author>\n"
	"    <author><name>\xE6\xA8\xAA\xE7\x94\xB0 \xE7\x90\x86\xE5\xA4\xAE"
	    "</name></author>\n"
	"    <author><name>  </name></author>\n"
	"    <link title=\"pdf\" href=\"http://arxiv.org/pdf/2405.12345v12\" "
	    "rel=\"related\"/>\n"
	"    <category term=\"cs.LG\"/><category term=\"cs.DC\"/>\n"
	"    <arxiv:doi>https://doi.org/10.1/ABC</arxiv:doi>\n"
	"  </entry>\n"
	"  <entry>\n"						/* 43 */
	"    <id>http://arxiv.org/abs/hep-th/9901001v1</id>\n"
	"    <title>Old</title>\n"
	"    <author><name>C D</name></author>\n"
	"    <link href=\"http://arxiv.org/abs/hep-th/9901001v1\"/>\n"
	"  </entry>\n"
	ENDFEED;

START_TEST(test_atom_fields)
{
	static const char *const authors0[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	static const char *const orgs0[] = {
		"Boston University", "KAUST", NULL
	};
	static const char *const authors1[] = {
		"J\xC3\xA9r\xC3\xB4me M\xC3\xBCller",
		"\xE6\xA8\xAA\xE7\x94\xB0 \xE7\x90\x86\xE5\xA4\xAE", NULL
	};
	static const char *const one[] = { "C D", NULL };
	static const char *const none[] = { NULL };
	static const char *const arxiv[] = { "arxiv", NULL };
	struct readres	 res;
	struct record	**r;
	size_t		 i;

	read_atom(feed, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, 3);
	r = res.set.recs;

	ck_assert_str_eq(r[0]->title, "A Tuned and Scalable Fast Multipole "
	    "Method as a Preeminent Algorithm for Exascale Systems");
	check_strlist(&r[0]->authors, authors0);
	check_strlist(&r[0]->orgs, orgs0);
	ck_assert_str_eq(r[0]->abstract, "Among the algorithms that are "
	    "likely.\n\nSecond paragraph.");
	ck_assert_str_eq(r[0]->date, "2011-06-10");
	ck_assert_str_eq(r[0]->arxiv, "1106.2176");
	ck_assert_str_eq(r[0]->area, "cs.NA");
	ck_assert_str_eq(r[0]->doi, "10.1177/1094342011429952");
	ck_assert_str_eq(r[0]->venue, "Int. J. High Perform. Comput. Appl. "
	    "26(4) (2012)");
	ck_assert_str_eq(r[0]->url, "http://arxiv.org/abs/1106.2176v2");
	ck_assert_uint_eq(r[0]->pos.line, 5);

	/* NFC names, a blank name skipped, the pdf link, a category */
	ck_assert_str_eq(r[1]->title, "Scaling");
	check_strlist(&r[1]->authors, authors1);
	check_strlist(&r[1]->orgs, none);
	ck_assert_ptr_null(r[1]->abstract);
	ck_assert_str_eq(r[1]->date, "2024-05-20");
	ck_assert_str_eq(r[1]->arxiv, "2405.12345");
	ck_assert_str_eq(r[1]->area, "cs.LG");
	ck_assert_str_eq(r[1]->doi, "10.1/ABC");
	ck_assert_ptr_null(r[1]->venue);
	ck_assert_str_eq(r[1]->url, "http://arxiv.org/pdf/2405.12345v12");
	ck_assert_uint_eq(r[1]->pos.line, 32);

	/* an old-style id; no date, no area; rel defaults to alternate */
	ck_assert_str_eq(r[2]->arxiv, "hep-th/9901001");
	check_strlist(&r[2]->authors, one);
	ck_assert_ptr_null(r[2]->date);
	ck_assert_ptr_null(r[2]->area);
	ck_assert_str_eq(r[2]->url, "http://arxiv.org/abs/hep-th/9901001v1");
	ck_assert_uint_eq(r[2]->pos.line, 43);

	for (i = 0; i < 3; i++) {
		ck_assert_str_eq(r[i]->pos.file, "<stdin>");
		ck_assert_ptr_null(r[i]->key);
		ck_assert_ptr_null(r[i]->score);
		ck_assert_ptr_null(r[i]->pages);
		ck_assert_ptr_null(r[i]->volume);
		ck_assert(!r[i]->et_al);
		ck_assert(!r[i]->code);
		check_strlist(&r[i]->sources, arxiv);
	}
	readres_release(&res);
}
END_TEST

/* The forms of arXiv ids and abstract URLs, and what is no id. */
START_TEST(test_atom_ids)
{
	static const struct {
		const char	*id;
		const char	*arxiv;	/* NULL: a warning */
	} cases[] = {
		{ "http://arxiv.org/abs/2405.12345v2", "2405.12345" },
		{ "http://arxiv.org/abs/0704.0001", "0704.0001" },
		{ "https://export.arxiv.org/abs/1106.2176v1", "1106.2176" },
		{ "http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001" },
		{ "http://arxiv.org/abs/math.NA/0601001", "math/0601001" },
		{ "http://arxiv.org/abs/math.NA/0601001v3", "math/0601001" },
		{ "http://arxiv.org/abs/1106.217", NULL },
		{ "http://arxiv.org/abs/1106.217645", NULL },
		{ "http://arxiv.org/abs/hep-th/990100", NULL },
		{ "http://arxiv.org/abs/1106.2176v", NULL },
		{ "http://arxiv.org/abs/1106.2176x", NULL },
		{ "http://arxiv.org/abs/HEP/9901001", NULL },
		{ "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", NULL },
	};
	struct readres	 res;
	struct buf	 in, want;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_init(&in);
		buf_init(&want);
		buf_addf(&in, XMLDECL FEED "<entry>\n<id>%s</id>\n"
		    "<title>T</title><author><name>A</name></author>\n"
		    "</entry>\n" ENDFEED, cases[i].id);
		if (cases[i].arxiv == NULL)
			buf_addf(&want, "pubtool: <stdin>:3: warning: entry id "
			    "'%s' is not an arXiv identifier\n", cases[i].id);
		read_atom(buf_str(&in), &res);
		ck_assert_str_eq(res.diag, want.len > 0 ? buf_str(&want) : "");
		ck_assert_uint_eq(res.set.n, 1);
		ck_assert_pstr_eq(res.set.recs[0]->arxiv, cases[i].arxiv);
		ck_assert_uint_eq(res.nerrors, 0);
		readres_release(&res);
		buf_release(&in);
		buf_release(&want);
	}
}
END_TEST

/* Namespaces are matched by URI: any prefix, and foreign names ignored. */
START_TEST(test_atom_namespaces)
{
	static const char prefixed[] =
		XMLDECL
		"<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\" "
		    "xmlns:x=\"http://arxiv.org/schemas/atom\">\n"
		"<a:entry>\n"
		"<title xmlns=\"http://example.org/\">Foreign</title>\n"
		"<a:title>Good</a:title>\n"
		"<a:author><a:name>A</a:name>"
		    "<x:affiliation>Org</x:affiliation>"
		    "<affiliation xmlns=\"http://example.org/\">No"
		    "</affiliation>"
		    "</a:author>\n"
		"<arxiv:doi xmlns:arxiv=\"http://example.org/\">10.9/no"
		    "</arxiv:doi>\n"
		"<x:primary_category term=\"cs.LG\"/>\n"
		"</a:entry>\n"
		"<entry xmlns=\"http://example.org/\"><title>No</title>"
		    "</entry>\n"
		"<a:entry xmlns:a=\"http://example.org/\"><a:title>No"
		    "</a:title></a:entry>\n"
		"</a:feed>\n";
	static const char *const orgs[] = { "Org", NULL };
	struct readres	 res;

	read_atom(prefixed, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->title, "Good");
	check_strlist(&res.set.recs[0]->orgs, orgs);
	ck_assert_ptr_null(res.set.recs[0]->doi);
	ck_assert_str_eq(res.set.recs[0]->area, "cs.LG");
	readres_release(&res);
}
END_TEST

/* Text: CDATA, character references, internal entities, CR, BOM. */
START_TEST(test_atom_text)
{
	static const char doc[] =
		"\xEF\xBB\xBF" XMLDECL
		"<!DOCTYPE feed [\n"
		"<!ENTITY ouml \"&#246;\">\n"
		"<!ENTITY name \"G&ouml;tz &amp; Co\">\n"
		"]>\n"
		FEED
		"<entry>\n"
		"<title><![CDATA[<b>Good</b>]]> &#x2014; &name;&#13;x</title>\n"
		"<author><name>&name;</name></author>\n"
		"<link href=\"&name;\"/>\n"
		"</entry>\n"
		ENDFEED;
	static const char *const authors[] = { "G\xC3\xB6tz & Co", NULL };
	struct readres	 res;

	read_atom(doc, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->title,
	    "<b>Good</b> \xE2\x80\x94 G\xC3\xB6tz & Co x");
	check_strlist(&res.set.recs[0]->authors, authors);
	ck_assert_str_eq(res.set.recs[0]->url, "G\xC3\xB6tz & Co");
	ck_assert_uint_eq(res.set.recs[0]->pos.line, 7);
	readres_release(&res);
}
END_TEST

/* Entries with something missing or wrong are reported and dropped. */
START_TEST(test_atom_bad_entries)
{
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<id>http://arxiv.org/abs/1106.0001</id>\n"
	    "<author><name>A</name></author>\n</entry>\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:8: error: entry has no title\n", 2, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>  </title><author><name>A</name></author>\n"
	    "</entry>\n" ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:8: error: entry has no title\n", 2, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>Lonely</title>\n"
	    "<author><name> </name></author>\n</entry>\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:8: error: entry 'Lonely' has no authors\n",
	    2, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>T</title><author><name>A</name></author>\n"
	    "<published>2011-02-30T00:00:00Z</published>\n</entry>\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:10: error: invalid date "
	    "'2011-02-30T00:00:00Z' in 'published' (expected "
	    "YYYY-MM-DDThh:mm:ssZ)\n", 2, 1);
	check_fails(XMLDECL FEED
	    "<entry>\n<title>T</title><author><name>A</name></author>\n"
	    "<published>June 2011</published>\n</entry>\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:5: error: invalid date 'June 2011' in "
	    "'published' (expected YYYY-MM-DDThh:mm:ssZ)\n", 1, 1);
	/* C1 controls are XML, but no text */
	check_fails(XMLDECL FEED
	    "<entry>\n<title>T&#x80;</title><author><name>A</name>"
	    "</author>\n</entry>\n" ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:4: error: control character (U+0080) in "
	    "element 'title'\n", 1, 1);
	check_fails(XMLDECL FEED
	    "<entry>\n<title>T</title><author><name>A\x7F</name>"
	    "</author>\n</entry>\n" ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:4: error: control character (byte 0x7F) in "
	    "element 'name'\n", 1, 1);
}
END_TEST

/* The entry arXiv returns for a bad query is an error, not a paper. */
START_TEST(test_atom_api_error)
{
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n"
	    "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234"
	    "</id>\n<title>Error</title>\n"
	    "<summary>incorrect id format for 1234</summary>\n"
	    "<author><name>arXiv api core</name></author>\n</entry>\n"
	    ENDFEED, "pubtool: <stdin>:8: error: arXiv API error: "
	    "incorrect id format for 1234\n", 1, 0);
	check_fails(XMLDECL FEED
	    "<entry>\n"
	    "<id>https://arxiv.org/api/errors#max_results_too_large</id>\n"
	    "</entry>\n" ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:3: error: arXiv API error: "
	    "max_results_too_large\n", 1, 0);
}
END_TEST

/* What is not an Atom feed is refused as a whole. */
START_TEST(test_atom_not_a_feed)
{
	check_fails(XMLDECL "<rss version=\"2.0\">" ENTRY("Good") "</rss>\n",
	    "pubtool: <stdin>:2: error: root element 'rss' is not an Atom "
	    "'feed'\n", 0, 0);
	check_fails(XMLDECL "<feed xmlns=\"http://purl.org/atom/ns#\">\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:2: error: root element 'feed' is not in the "
	    "Atom namespace (http://www.w3.org/2005/Atom)\n", 0, 0);
	check_fails("", "pubtool: <stdin>:1:1: error: empty input: no root "
	    "element\n", 0, 0);
	check_fails(" \n\n", "pubtool: <stdin>:1:1: error: empty input: "
	    "no root element\n", 0, 0);
	check_fails(XMLDECL, "pubtool: <stdin>:2:1: error: no XML root "
	    "element\n", 0, 0);
	check_fails("hello\n", "pubtool: <stdin>:1:1: error: no XML root "
	    "element\n", 0, 0);
	/* concatenated feeds are not one document */
	check_fails(XMLDECL FEED ENTRY("Good") ENDFEED FEED ENTRY("Good")
	    ENDFEED, "pubtool: <stdin>:9:1: error: extra content after the "
	    "root element\n", 1, 0);
}
END_TEST

/* Malformed XML: the records before the failure are kept. */
START_TEST(test_atom_malformed)
{
	check_fails(XMLDECL FEED ENTRY("Good") ENTRY("Good")
	    "<entry>\n<title>Cut o",
	    "pubtool: <stdin>:14:13: error: truncated input: element 'title' "
	    "of line 14 is not closed\n", 2, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>Bad</titel>\n</entry>\n" ENDFEED,
	    "pubtool: <stdin>:9:19: error: end tag 'titel' does not match "
	    "start tag 'title' of line 9\n", 1, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>Bad \xFF</title>\n</entry>\n" ENDFEED,
	    "pubtool: <stdin>:9:12: error: invalid UTF-8 (byte 0xFF)\n",
	    1, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>Bad &#1;</title>\n</entry>\n" ENDFEED,
	    "pubtool: <stdin>:9:16: error: character U+0001 is not "
	    "allowed in XML\n", 1, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>&nbsp;</title>\n</entry>\n" ENDFEED,
	    "pubtool: <stdin>:9:14: error: entity 'nbsp' not defined\n",
	    1, 1);
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<title>T</title><x:y/>\n</entry>\n" ENDFEED,
	    "pubtool: <stdin>:9:21: error: namespace prefix x on y is not "
	    "defined\n", 1, 1);
	/* messages come in the order of the input, read-ahead or not */
	check_fails(XMLDECL FEED ENTRY("Good")
	    "<entry>\n<author><name>A</name></author>\n</entry>\n"
	    ENTRY("Good") "<entry>\n<title>Cut o",
	    "pubtool: <stdin>:8: error: entry has no title\n"
	    "pubtool: <stdin>:17:13: error: truncated input: element 'title' "
	    "of line 17 is not closed\n", 2, 2);
	/* between entries: no record is lost */
	check_fails(XMLDECL FEED ENTRY("Good") "<junk></jank>\n"
	    ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:8:14: error: end tag 'jank' does not match "
	    "start tag 'junk' of line 8\n", 1, 0);
}
END_TEST

/* More than 256 levels of elements are refused, quickly. */
START_TEST(test_atom_deep)
{
	struct buf	 doc;
	int		 i;

	buf_init(&doc);
	buf_addstr(&doc, XMLDECL FEED ENTRY("Good") "<entry>\n");
	for (i = 0; i < 300; i++)
		buf_addstr(&doc, "<d>");
	for (i = 0; i < 300; i++)
		buf_addstr(&doc, "</d>");
	buf_addstr(&doc, "\n</entry>\n" ENDFEED);
	check_fails(buf_str(&doc), "pubtool: <stdin>:9:768: error: elements "
	    "nested too deeply (more than 256 levels; --max depth=N raises the limit)\n", 1, 1);
	buf_release(&doc);
}
END_TEST

/*
 * Hostile documents: nothing outside the input is read (the XXE would
 * show /etc/passwd in the title), and the document is refused whole.
 */
START_TEST(test_atom_xxe)
{
	check_fails(XMLDECL "<!DOCTYPE feed [\n"
	    "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
	    FEED ENTRY("&xxe;") ENDFEED,
	    "pubtool: <stdin>:3: error: external entity 'xxe' refused "
	    "(SYSTEM \"file:///etc/passwd\"): pubtool reads nothing outside "
	    "its input\n", 0, 0);
	check_fails(XMLDECL "<!DOCTYPE feed [\n"
	    "<!ENTITY a \"x\">\n"
	    "<!ENTITY  web  PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x\">\n"
	    "]>\n" FEED ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:4: error: external entity 'web' refused "
	    "(PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x\"): pubtool reads "
	    "nothing outside its input\n", 0, 0);
	check_fails(XMLDECL "<!DOCTYPE feed [\n"
	    "<!ENTITY % remote SYSTEM \"file:///etc/passwd\">\n"
	    "%remote;\n]>\n" FEED ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:3: error: external parameter entity 'remote' "
	    "refused (SYSTEM \"file:///etc/passwd\"): pubtool reads nothing "
	    "outside its input\n", 0, 0);
	check_fails(XMLDECL "<!DOCTYPE feed [\n"
	    "<!ENTITY xx \"no\"><!ENTITY\n"
	    "  x\n"
	    "  SYSTEM \"/etc/passwd\">\n]>\n" FEED ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:3: error: external entity 'x' refused "
	    "(SYSTEM \"/etc/passwd\"): pubtool reads nothing outside its "
	    "input\n", 0, 0);
	check_fails(XMLDECL "<!DOCTYPE feed [\n"
	    "<!NOTATION png SYSTEM \"image/png\">\n"
	    "<!ENTITY pic SYSTEM \"/etc/passwd\" NDATA png>\n"
	    "]>\n" FEED ENTRY("Good") ENDFEED,
	    "pubtool: <stdin>:4: error: external entity 'pic' refused "
	    "(SYSTEM \"/etc/passwd\"): pubtool reads nothing outside its "
	    "input\n", 0, 0);
	/* an external DTD is never read: its entities are undefined */
	check_fails(XMLDECL "<!DOCTYPE feed SYSTEM \"/etc/passwd\">\n"
	    FEED ENTRY("Good") "<entry><title>&leak;</title></entry>\n"
	    ENDFEED, "pubtool: <stdin>:9:21: error: entity 'leak' not "
	    "defined (the external DTD '/etc/passwd' is not read: pubtool "
	    "reads nothing outside its input)\n", 1, 1);
	/* XInclude is not processed */
	check_fails(XMLDECL "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
	    "xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    ENTRY("Go<xi:include href=\"/etc/passwd\" parse=\"text\"/>od")
	    ENDFEED, "", 1, 0);
}
END_TEST

/* Entity bombs: libxml2's amplification check and our own limits. */
START_TEST(test_atom_entity_bombs)
{
	static const char laughs[] =
		XMLDECL "<!DOCTYPE feed [\n"
		"<!ENTITY l0 \"lol\">\n"
		"<!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">\n"
		"<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">\n"
		"<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\">\n"
		"<!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">\n"
		"<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\">\n"
		"<!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">\n"
		"<!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\">\n"
		"<!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\">\n"
		"<!ENTITY l9 \"&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;\">\n"
		"]>\n"
		FEED ENTRY("Good") "<entry><title>&l9;</title></entry>\n"
		ENDFEED;
	static const char chain[] =
		XMLDECL "<!DOCTYPE feed [\n"
		"<!ENTITY e9 \"x\"><!ENTITY e8 \"&e9;\"><!ENTITY e7 \"&e8;\">\n"
		"<!ENTITY e6 \"&e7;\"><!ENTITY e5 \"&e6;\">\n"
		"<!ENTITY e4 \"&e5;\"><!ENTITY e3 \"&e4;\">\n"
		"<!ENTITY e2 \"&e3;\"><!ENTITY e1 \"&e2;\">\n"
		"<!ENTITY e0 \"&e1;\">\n"
		"]>\n"
		FEED ENTRY("Good") "<entry>\n<title>&e0;</title>\n"
		"<author><name>A</name></author></entry>\n" ENTRY("&e2;")
		ENDFEED;
	static const char loop[] =
		XMLDECL "<!DOCTYPE feed [\n"
		"<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">\n"
		"]>\n"
		FEED ENTRY("Good") "<entry><title>&a;</title></entry>\n"
		ENDFEED;
	struct readres	 res;

	check_fails(laughs, "pubtool: <stdin>:20:19: error: entity "
	    "expansion refused: an entity refers to itself or expands too "
	    "much (billion laughs)\n", 1, 1);
	/* ten levels of entities that expand to one letter */
	read_atom(chain, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:16: error: entities "
	    "nested more than 8 deep in element 'title'\n");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[1]->title, "x");
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);
	check_fails(loop, "pubtool: <stdin>:11:18: error: entity expansion "
	    "refused: an entity refers to itself or expands too much "
	    "(billion laughs)\n", 1, 1);
}
END_TEST

/* A text over the field limit (here 1 MiB) is refused, not kept. */
START_TEST(test_atom_huge_text)
{
	struct readres	 res;
	struct buf	 doc;
	size_t		 i;

	buf_init(&doc);
	buf_addstr(&doc, XMLDECL FEED "<entry>\n<title>T</title>"
	    "<author><name>A</name></author>\n<summary>");
	for (i = 0; i < 1024 * 1024 / 8 + 1; i++)
		buf_addstr(&doc, "abcdefg ");
	buf_addstr(&doc, "</summary>\n</entry>\n" ENTRY("Good") ENDFEED);
	readres_init(&res);
	res.limits.field = 1024 * 1024;
	read_str(&atom_reader, buf_str(&doc), &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:5: error: text of "
	    "element 'summary' longer than 1048576 bytes (--max field=N "
	    "raises the limit)\n");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);
	buf_release(&doc);
}
END_TEST

/*
 * A feed much longer than libxml2's read-ahead, and cut short at many
 * places: every entry completed before the cut comes through, the one
 * cut is counted as dropped, nothing else.
 */
START_TEST(test_atom_long_and_cut)
{
	struct readres	 res;
	struct buf	 doc;
	size_t		 i, len, complete, opened, started;
	const char	*p;

	buf_init(&doc);
	buf_addstr(&doc, XMLDECL FEED);
	for (i = 0; i < 300; i++)
		buf_addstr(&doc, ENTRY("Good"));
	buf_addstr(&doc, ENDFEED);
	read_atom(buf_str(&doc), &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 300);
	ck_assert_uint_eq(res.set.recs[299]->pos.line, 2 + 299 * 5 + 1);
	readres_release(&res);

	for (len = 100; len < doc.len; len += 397) {
		complete = opened = started = 0;
		for (p = doc.data; (p = strstr(p, "</entry>")) != NULL &&
		    (size_t)(p - doc.data) + 8 <= len; p++)
			complete++;
		/* "<entry" cut before its ">" may count as started */
		for (p = doc.data; (p = strstr(p, "<entry")) != NULL &&
		    (size_t)(p - doc.data) + 6 <= len; p++) {
			started++;
			if ((size_t)(p - doc.data) + 7 <= len)
				opened++;
		}
		readres_init(&res);
		read_input(&atom_reader, doc.data, len, &res);
		ck_assert_uint_eq(res.nerrors, 1);
		ck_assert_uint_eq(res.set.n, complete);
		ck_assert_uint_ge(res.nrejects, opened - complete);
		ck_assert_uint_le(res.nrejects, started - complete);
		readres_release(&res);
	}
	buf_release(&doc);
}
END_TEST

START_TEST(test_atom_stop_and_read_error)
{
	struct readres	 res;

	readres_init(&res);
	res.stop_after = 2;
	read_str(&atom_reader, feed, &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);

	/* a failure the reader did not get to is not reported */
	readres_init(&res);
	res.stop_after = 1;
	read_str(&atom_reader, XMLDECL FEED ENTRY("Good") ENTRY("Good")
	    "<entry>\n<title>Cut o", &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);

	readres_init(&res);
	read_unreadable(&atom_reader, &res);
	ck_assert_int_eq(res.rc, -1);
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>: cannot read: Is a "
	    "directory\n");
	readres_release(&res);
}
END_TEST

Suite *
atom_read_suite(void)
{
	Suite	*s = suite_create("atom_read");
	TCase	*good = tcase_create("good");
	TCase	*bad = tcase_create("bad");
	TCase	*hostile = tcase_create("hostile");

	tcase_add_test(good, test_atom_fields);
	tcase_add_test(good, test_atom_ids);
	tcase_add_test(good, test_atom_namespaces);
	tcase_add_test(good, test_atom_text);
	tcase_add_test(good, test_atom_stop_and_read_error);
	tcase_add_test(bad, test_atom_bad_entries);
	tcase_add_test(bad, test_atom_api_error);
	tcase_add_test(bad, test_atom_not_a_feed);
	tcase_add_test(bad, test_atom_malformed);
	tcase_add_test(bad, test_atom_long_and_cut);
	tcase_add_test(hostile, test_atom_deep);
	tcase_add_test(hostile, test_atom_xxe);
	tcase_add_test(hostile, test_atom_entity_bombs);
	tcase_add_test(hostile, test_atom_huge_text);
	suite_add_tcase(s, good);
	suite_add_tcase(s, bad);
	suite_add_tcase(s, hostile);
	return s;
}
