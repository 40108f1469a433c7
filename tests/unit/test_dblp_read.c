/*
 * Unit tests for src/dblp_read.c, the DBLP reader: person pages read
 * from strings, and dump-shaped files written to a temporary directory
 * (the dump's dblp.dtd is allowed only next to a file named on the
 * command line), with every field, every error path and the refusal of
 * anything else outside the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "buf.h"
#include "diag.h"
#include "format.h"
#include "record.h"
#include "stream.h"
#include "tests.h"

#define XMLDECL	"<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n"
#define PERSON	"<dblpperson name=\"Rio Yokota 0001\" n=\"9\">\n"
#define ENDPERSON "</dblpperson>\n"
/* A good record of four lines, wrapped in r, titled "Good". */
#define GOOD \
	"<r><article key=\"journals/x/Good\" mdate=\"2024-01-01\">\n" \
	"<author>A B</author>\n" \
	"<title>Good.</title><year>2020</year>\n" \
	"</article></r>\n"
#define DUMPDECL "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" \
		"<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n"

static int	 collect(void *, const struct record *);
static void	 read_dblp(const char *, struct readres *);
static void	 check_fails(const char *, const char *, size_t,
		    unsigned long);
static char	*scratch_dir(void);
static void	 put_file(const char *, const char *, const char *);
static void	 read_path(const char *, struct readres *);
static void	 remove_dir(char *);

/* Reads s as standard input. */
static void
read_dblp(const char *s, struct readres *res)
{
	readres_init(res);
	read_str(&dblp_reader, s, res);
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

	read_dblp(s, &res);
	ck_assert_str_eq(res.diag, want);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, n);
	for (i = 0; i < n; i++)
		ck_assert_str_eq(res.set.recs[i]->title, "Good");
	ck_assert_uint_eq(res.nrejects, rejects);
	readres_release(&res);
}

/* A new empty directory; owned by the caller (remove_dir()). */
static char *
scratch_dir(void)
{
	char	*dir;

	dir = strdup("/tmp/pubtool-dblp-XXXXXX");
	ck_assert_ptr_nonnull(dir);
	ck_assert_ptr_nonnull(mkdtemp(dir));
	return dir;
}

/* Writes text into dir/name. */
static void
put_file(const char *dir, const char *name, const char *text)
{
	struct buf	 path;
	FILE		*fp;

	buf_init(&path);
	buf_addf(&path, "%s/%s", dir, name);
	fp = fopen(buf_str(&path), "w");
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(fputs(text, fp) >= 0, 1);
	ck_assert_int_eq(fclose(fp), 0);
	buf_release(&path);
}

/* Removes dir and the files the tests put there, and frees dir. */
static void
remove_dir(char *dir)
{
	static const char *const names[] = {
		"dblp.xml", "dblp.dtd", "other.dtd", "person.xml", "in.xml"
	};
	struct buf	 path;
	size_t		 i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		buf_init(&path);
		buf_addf(&path, "%s/%s", dir, names[i]);
		unlink(buf_str(&path));
		buf_release(&path);
	}
	ck_assert_int_eq(rmdir(dir), 0);
	free(dir);
}

/* The sink of read_path(): keeps a copy of every record. */
static int
collect(void *arg, const struct record *rec)
{
	struct readres	*res = arg;

	recset_add(&res->set, rec);
	return 0;
}

/*
 * Reads the file at path by its name, as a command reads its operands,
 * which read_input() cannot do: the dump's dblp.dtd is looked for next
 * to the file.
 */
static void
read_path(const char *path, struct readres *res)
{
	struct readopts	 opts;
	struct sink	 sink;
	struct stream	*in;
	FILE		*msgs;
	size_t		 msglen;

	readres_init(res);
	msgs = open_memstream(&res->diag, &msglen);
	ck_assert_ptr_nonnull(msgs);
	diag_reset(msgs);
	memset(&opts, 0, sizeof(opts));	/* no thread, no keyer */
	opts.asof = res->asof;
	opts.limits = res->limits;
	sink.record = collect;
	sink.profile = NULL;
	sink.arg = res;
	in = stream_open(path);
	ck_assert_ptr_nonnull(in);
	res->rc = dblp_reader.read(in, &opts, &sink);
	stream_free(in);
	res->nerrors = diag_count(DIAG_ERROR);
	res->nwarnings = diag_count(DIAG_WARN);
	res->nrejects = diag_rejects();
	diag_reset(NULL);
	ck_assert_int_eq(fclose(msgs), 0);
}

/* A person page, as dblp exports it. */
static const char person[] =
	XMLDECL							/*  1 */
	PERSON
	"<person key=\"homepages/1/2\" mdate=\"2024-03-01\">\n"
	"<author pid=\"1/2\">Rio Yokota 0001</author>\n"
	"<title>Not a paper.</title>\n"				/*  5 */
	"</person>\n"
	"<homonyms n=\"1\"><h><person key=\"homepages/1/3\"><author>"
	    "Rio Yokota 0002</author><title>No.</title></person></h>"
	    "</homonyms>\n"
	"<r><article key=\"journals/ijhpca/YokotaB12\" mdate=\"2020-06-25\">\n"
	"<author pid=\"1/2\">Rio Yokota 0001</author>\n"
	"<author orcid=\"0000-0001\" pid=\"3/4\">Lorena A. Barba</author>\n"
	"<title>A Tuned and Scalable Fast Multipole Method as a Preeminent "
	    "Algorithm for Exascale Systems.</title>\n"
	"<pages>337-346</pages>\n"
	"<year>2012</year>\n"
	"<volume>26</volume>\n"
	"<journal>Int. J. High Perform. Comput. Appl.</journal>\n"
	"<number>4</number>\n"
	"<ee>https://doi.org/10.1177/1094342011429952</ee>\n"
	"<ee>https://example.org/second-link</ee>\n"
	"<url>db/journals/ijhpca/ijhpca26.html#YokotaB12</url>\n"
	"</article>\n"						/* 20 */
	"</r>\n"
	"<r><article publtype=\"informal\" "
	    "key=\"journals/corr/abs-1106-2176\">\n"
	"<author>Rio Yokota 0001</author>\n"
	"<author>Lorena A. Barba</author>\n"
	"<title>A Tuned and Scalable...</title>\n"		/* 25 */
	"<journal>CoRR</journal>\n"
	"<volume>abs/1106.2176</volume>\n"
	"<year>2011</year>\n"
	"</article>\n"
	"</r>\n"						/* 30 */
	"<r><inproceedings key=\"conf/sc/X23\">\n"
	"<author>Huda Ibeid</author>\n"
	"<author>J&#233;r&#244;me M&#252;ller 0002</author>\n"
	"<author>Mary Smith 2000x</author>\n"
	"<title>Accelerating <i>k</i>-Means with H<sub>2</sub> Matrices."
	    "</title>\n"					/* 35 */
	"<pages>88-95</pages>\n"
	"<year>2023</year>\n"
	"<month>November</month>\n"
	"<booktitle>SC Workshops</booktitle>\n"
	"<ee>http://dx.doi.org/10.1145/3624062</ee>\n"		/* 40 */
	"<ee type=\"oa\">https://arxiv.org/abs/2310.01234v3</ee>\n"
	"</inproceedings>\n"
	"</r>\n"
	"<r><proceedings key=\"conf/hpcasia/2024\">\n"
	"<editor>Rio Yokota 0001</editor>\n"			/* 45 */
	"<editor>Kengo Nakajima</editor>\n"
	"<title>HPC Asia 2024.</title>\n"
	"<booktitle>HPC Asia</booktitle>\n"
	"<year>2024</year>\n"
	"<ee>https://example.org/hpcasia</ee>\n"		/* 50 */
	"</proceedings>\n"
	"</r>\n"
	"<r><informal key=\"x/y\"><author>C D</author><title>Why?</title>"
	    "<ee>https://arxiv.org/abs/hep-th/9901001</ee></informal></r>\n"
	"<r><data key=\"data/x\"><author>C D</author><title>A data set."
	    "</title></data></r>\n"
	"<coauthors n=\"1\" nc=\"1\"><co c=\"0\"><na pid=\"3/4\">Lorena A. "
	    "Barba</na></co></coauthors>\n"			/* 55 */
	ENDPERSON;

START_TEST(test_dblp_person)
{
	static const char *const authors0[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	static const char *const authors2[] = {
		"Huda Ibeid", "J\xC3\xA9r\xC3\xB4me M\xC3\xBCller",
		"Mary Smith 2000x", NULL
	};
	static const char *const authors3[] = {
		"Rio Yokota", "Kengo Nakajima", NULL
	};
	static const char *const authors4[] = { "C D", NULL };
	static const char *const none[] = { NULL };
	static const char *const dblp[] = { "dblp", NULL };
	struct readres	 res;
	struct record	**r;
	size_t		 i;

	read_dblp(person, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, 5);
	r = res.set.recs;

	ck_assert_str_eq(r[0]->title, "A Tuned and Scalable Fast Multipole "
	    "Method as a Preeminent Algorithm for Exascale Systems");
	check_strlist(&r[0]->authors, authors0);
	ck_assert_str_eq(r[0]->date, "2012");
	ck_assert_str_eq(r[0]->venue, "Int. J. High Perform. Comput. Appl.");
	ck_assert_str_eq(r[0]->volume, "26");
	ck_assert_str_eq(r[0]->pages, "337-346");
	ck_assert_str_eq(r[0]->doi, "10.1177/1094342011429952");
	ck_assert_str_eq(r[0]->url, "https://example.org/second-link");
	ck_assert_ptr_null(r[0]->arxiv);
	ck_assert_uint_eq(r[0]->pos.line, 8);

	/* CoRR: an arXiv id from the volume, no venue or volume */
	ck_assert_str_eq(r[1]->title, "A Tuned and Scalable...");
	ck_assert_str_eq(r[1]->date, "2011");
	ck_assert_str_eq(r[1]->arxiv, "1106.2176");
	ck_assert_ptr_null(r[1]->venue);
	ck_assert_ptr_null(r[1]->volume);
	ck_assert_ptr_null(r[1]->doi);
	ck_assert_uint_eq(r[1]->pos.line, 22);

	ck_assert_str_eq(r[2]->title, "Accelerating k-Means with H2 "
	    "Matrices");
	check_strlist(&r[2]->authors, authors2);
	ck_assert_str_eq(r[2]->date, "2023-11");
	ck_assert_str_eq(r[2]->venue, "SC Workshops");
	ck_assert_ptr_null(r[2]->volume);
	ck_assert_str_eq(r[2]->doi, "10.1145/3624062");
	ck_assert_str_eq(r[2]->arxiv, "2310.01234");
	ck_assert_ptr_null(r[2]->url);

	/* editors stand in for authors */
	ck_assert_str_eq(r[3]->title, "HPC Asia 2024");
	check_strlist(&r[3]->authors, authors3);
	ck_assert_str_eq(r[3]->venue, "HPC Asia");
	ck_assert_str_eq(r[3]->url, "https://example.org/hpcasia");

	ck_assert_str_eq(r[4]->title, "Why?");
	check_strlist(&r[4]->authors, authors4);
	ck_assert_str_eq(r[4]->arxiv, "hep-th/9901001");
	ck_assert_ptr_null(r[4]->date);

	for (i = 0; i < 5; i++) {
		ck_assert_str_eq(r[i]->pos.file, "<stdin>");
		ck_assert_ptr_null(r[i]->key);
		ck_assert_ptr_null(r[i]->area);
		ck_assert_ptr_null(r[i]->abstract);
		check_strlist(&r[i]->orgs, none);
		check_strlist(&r[i]->sources, dblp);
		ck_assert(!r[i]->et_al);
	}
	readres_release(&res);
}
END_TEST

/* The declared encoding is honoured: dblp.xml says ISO-8859-1. */
START_TEST(test_dblp_latin1)
{
	struct readres	 res;

	read_dblp("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
	    "<dblp>\n<article key=\"a\"><author>G\xF6tz</author>"
	    "<title>Caf\xE9.</title></article>\n</dblp>\n", &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->authors.v[0], "G\xC3\xB6tz");
	ck_assert_str_eq(res.set.recs[0]->title, "Caf\xC3\xA9");
	readres_release(&res);
}
END_TEST

/* A record export: dblp root, no DOCTYPE, records right below it. */
START_TEST(test_dblp_record_export)
{
	struct readres	 res;

	read_dblp(XMLDECL "<dblp>\n<inproceedings key=\"conf/x/Y\">"
	    "<author>A B</author><title>Good.</title>"
	    "<booktitle>SC</booktitle><year>2019</year><month>13</month>"
	    "</inproceedings>\n<www key=\"homepages/x\"><author>A B</author>"
	    "<title>Home Page</title></www>\n</dblp>\n", &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:3: warning: ignoring "
	    "unknown month '13'\n");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->title, "Good");
	ck_assert_str_eq(res.set.recs[0]->date, "2019");
	ck_assert_str_eq(res.set.recs[0]->venue, "SC");
	readres_release(&res);
}
END_TEST

/* Entities of the document's own internal subset are expanded. */
START_TEST(test_dblp_internal_subset)
{
	struct readres	 res;

	read_dblp(XMLDECL "<!DOCTYPE dblpperson [\n"
	    "<!ENTITY ouml \"&#246;\">\n]>\n" PERSON
	    "<r><article key=\"a\"><author>G&ouml;tz</author>"
	    "<title>T&ouml;.</title></article></r>\n" ENDPERSON, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->authors.v[0], "G\xC3\xB6tz");
	ck_assert_str_eq(res.set.recs[0]->title, "T\xC3\xB6");
	readres_release(&res);
}
END_TEST

START_TEST(test_dblp_bad_records)
{
	check_fails(XMLDECL PERSON GOOD
	    "<r><article key=\"journals/x/NoTitle\">\n"
	    "<author>A B</author><year>2021</year>\n</article></r>\n"
	    GOOD ENDPERSON,
	    "pubtool: <stdin>:7: error: record 'journals/x/NoTitle' has no "
	    "title\n", 2, 1);
	check_fails(XMLDECL PERSON GOOD
	    "<r><inproceedings key=\"conf/x/NoAuthor\">\n"
	    "<title>T.</title><author> </author>\n</inproceedings></r>\n"
	    GOOD ENDPERSON,
	    "pubtool: <stdin>:7: error: record 'conf/x/NoAuthor' has no "
	    "authors\n", 2, 1);
	check_fails(XMLDECL PERSON GOOD
	    "<r><article key=\"journals/x/BadYear\">\n"
	    "<author>A</author><title>T.</title><year>20x3</year>\n"
	    "</article></r>\n" GOOD ENDPERSON,
	    "pubtool: <stdin>:7: error: invalid year '20x3' in record "
	    "'journals/x/BadYear'\n", 2, 1);
	check_fails(XMLDECL PERSON
	    "<r><article>\n<author>A</author><title>T.</title>"
	    "<year>99</year>\n</article></r>\n" GOOD ENDPERSON,
	    "pubtool: <stdin>:3: error: invalid year '99'\n", 1, 1);
	check_fails(XMLDECL PERSON
	    "<r><article>\n<author>A</author>\n</article></r>\n"
	    GOOD ENDPERSON,
	    "pubtool: <stdin>:3: error: record has no title\n", 1, 1);
	check_fails(XMLDECL PERSON
	    "<r><article key=\"k\">\n<author>A</author>\n"
	    "<title>T&#x9F;</title></article></r>\n" GOOD ENDPERSON,
	    "pubtool: <stdin>:5: error: control character (U+009F) in "
	    "element 'title'\n", 1, 1);
}
END_TEST

START_TEST(test_dblp_not_dblp)
{
	check_fails(XMLDECL "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
	    "</feed>\n", "pubtool: <stdin>:2: error: root element 'feed' is "
	    "not DBLP XML (expected 'dblpperson' or 'dblp')\n", 0, 0);
	check_fails(XMLDECL "<dblp xmlns=\"http://example.org/\">"
	    "<article><author>A</author><title>T</title></article></dblp>\n",
	    "pubtool: <stdin>:2: error: root element 'dblp' is not DBLP XML "
	    "(expected 'dblpperson' or 'dblp')\n", 0, 0);
	check_fails("", "pubtool: <stdin>:1:1: error: empty input: no root "
	    "element\n", 0, 0);
}
END_TEST

/* Malformed person pages: what came before the failure is kept. */
START_TEST(test_dblp_malformed)
{
	check_fails(XMLDECL PERSON GOOD GOOD "<r><article key=\"k\">\n"
	    "<author>A</author>\n<title>Cut",
	    "pubtool: <stdin>:13:11: error: truncated input: element 'title' "
	    "of line 13 is not closed\n", 2, 1);
	check_fails(XMLDECL PERSON GOOD "<r><article key=\"k\">\n"
	    "<author>A</autor>\n</article></r>\n" GOOD ENDPERSON,
	    "pubtool: <stdin>:8:18: error: end tag 'autor' does not match "
	    "start tag 'author' of line 8\n", 1, 1);
	/* outside any record: nothing dropped */
	check_fails(XMLDECL PERSON GOOD "<coauthors><co></coauthors>\n"
	    GOOD ENDPERSON,
	    "pubtool: <stdin>:7:28: error: end tag 'coauthors' does not "
	    "match start tag 'co' of line 7\n", 1, 0);
	check_fails(XMLDECL PERSON GOOD "<r><x></y></r>\n" GOOD ENDPERSON,
	    "pubtool: <stdin>:7:11: error: end tag 'y' does not match start "
	    "tag 'x' of line 7\n", 1, 0);
}
END_TEST

/* Person pages are never allowed a DTD, nor external entities. */
START_TEST(test_dblp_hostile)
{
	check_fails(XMLDECL "<!DOCTYPE dblpperson [\n"
	    "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n" PERSON
	    "<r><article><author>&xxe;</author><title>T</title></article>"
	    "</r>\n" ENDPERSON,
	    "pubtool: <stdin>:3: error: external entity 'xxe' refused "
	    "(SYSTEM \"file:///etc/passwd\"): pubtool reads nothing outside "
	    "its input\n", 0, 0);
	/* a dump's DOCTYPE read from standard input: no DTD is read */
	check_fails(DUMPDECL "<dblp>\n<article key=\"a\"><author>A</author>"
	    "<title>Good.</title></article>\n<article key=\"b\"><author>"
	    "G&ouml;tz</author><title>T.</title></article>\n</dblp>\n",
	    "pubtool: <stdin>:5:33: error: entity 'ouml' not defined: the "
	    "DBLP dump's entities are defined in dblp.dtd, which is read "
	    "only next to a dump named on the command line, not from "
	    "standard input\n", 1, 1);
}
END_TEST

/* The dump: dblp.dtd next to it is loaded for its entities. */
START_TEST(test_dblp_dump)
{
	static const char dtd[] =
		"<!ENTITY ouml \"&#246;\">\n"
		"<!ENTITY eacute \"&#233;\">\n"
		"<!ELEMENT dblp (article|www)*>\n";
	static const char dump[] =
		DUMPDECL
		"<!-- a comment -->\n"
		"<dblp>\n"
		"<article key=\"journals/jcp/MullerY21\">\n"
		"<author>J&eacute;r&ocirc;me M&uuml;ller 0002</author>\n"
		"</article>\n"
		"<article key=\"journals/x/A\">\n"
		"<author>G&ouml;tz Schr&ouml;der</author>\n"
		"<author>Rio Yokota 0001</author>\n"
		"<title>Caf&eacute;.</title>\n<year>2022</year>\n"
		"<journal>J. Comput. Phys.</journal>\n</article>\n"
		"<www key=\"homepages/x\"><author>A</author></www>\n"
		"</dblp>\n";
	static const char *const authors[] = {
		"G\xC3\xB6tz Schr\xC3\xB6" "der", "Rio Yokota", NULL
	};
	struct readres	 res;
	struct buf	 path, want;
	char		*dir;

	dir = scratch_dir();
	buf_init(&path);
	buf_init(&want);
	buf_addf(&path, "%s/dblp.xml", dir);
	put_file(dir, "dblp.xml", dump);

	/* without dblp.dtd: what to do */
	read_path(buf_str(&path), &res);
	buf_addf(&want, "pubtool: %s:6:18: error: entity 'eacute' not "
	    "defined: place dblp.dtd next to dblp.xml\n", buf_str(&path));
	ck_assert_str_eq(res.diag, buf_str(&want));
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);

	/* with it: entities it lacks are still errors */
	put_file(dir, "dblp.dtd", dtd);
	read_path(buf_str(&path), &res);
	buf_reset(&want);
	buf_addf(&want, "pubtool: %s:6:26: error: entity 'ocirc' not "
	    "defined\n", buf_str(&path));
	ck_assert_str_eq(res.diag, buf_str(&want));
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);

	/* without the record that uses &ocirc; */
	put_file(dir, "dblp.xml", DUMPDECL "<dblp>\n"
	    "<article key=\"journals/x/A\">\n"
	    "<author>G&ouml;tz Schr&ouml;der</author>\n"
	    "<author>Rio Yokota 0001</author>\n"
	    "<title>Caf&eacute;.</title>\n<year>2022</year>\n"
	    "<journal>J. Comput. Phys.</journal>\n</article>\n"
	    "<www key=\"homepages/x\"><author>A</author></www>\n"
	    "</dblp>\n");
	read_path(buf_str(&path), &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, 1);
	check_strlist(&res.set.recs[0]->authors, authors);
	ck_assert_str_eq(res.set.recs[0]->title, "Caf\xC3\xA9");
	ck_assert_str_eq(res.set.recs[0]->venue, "J. Comput. Phys.");
	ck_assert_str_eq(res.set.recs[0]->date, "2022");
	ck_assert_uint_eq(res.set.recs[0]->pos.line, 4);
	readres_release(&res);

	buf_release(&want);
	buf_release(&path);
	remove_dir(dir);
}
END_TEST

/*
 * Only dblp.dtd next to a dump is allowed, and only it: a DTD that pulls
 * in another file is stopped, a person page with a DOCTYPE naming
 * dblp.dtd does not get it, and entity bombs in the DTD are refused.
 */
START_TEST(test_dblp_dump_allow_list)
{
	struct readres	 res;
	struct buf	 path, dtdpath, want;
	char		*dir;

	dir = scratch_dir();
	buf_init(&path);
	buf_init(&dtdpath);
	buf_init(&want);
	buf_addf(&path, "%s/dblp.xml", dir);
	buf_addf(&dtdpath, "%s/dblp.dtd", dir);
	put_file(dir, "other.dtd", "<!ENTITY ouml \"&#246;\">\n");
	put_file(dir, "dblp.xml", DUMPDECL "<dblp>\n<article key=\"a\">"
	    "<author>G&ouml;tz</author><title>Good.</title></article>\n"
	    "</dblp>\n");

	put_file(dir, "dblp.dtd", "<!ENTITY % more SYSTEM \"other.dtd\">\n"
	    "%more;\n");
	read_path(buf_str(&path), &res);
	buf_addf(&want, "pubtool: %s:2:7: error: refused to read "
	    "'%s/other.dtd': pubtool reads nothing outside its input\n",
	    buf_str(&path), dir);
	ck_assert_str_eq(res.diag, buf_str(&want));
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);

	put_file(dir, "dblp.dtd", "<!ENTITY passwd SYSTEM "
	    "\"file:///etc/passwd\">\n<!ENTITY ouml \"&#246;&passwd;\">\n");
	read_path(buf_str(&path), &res);
	buf_reset(&want);
	buf_addf(&want, "pubtool: %s:4:33: error: refused to read "
	    "'file:///etc/passwd': pubtool reads nothing outside its input\n",
	    buf_str(&path));
	ck_assert_str_eq(res.diag, buf_str(&want));
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_uint_eq(res.nrejects, 1);
	readres_release(&res);

	put_file(dir, "dblp.dtd",
	    "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
	    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
	    "<!ENTITY ouml \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n");
	read_path(buf_str(&path), &res);
	ck_assert_ptr_nonnull(strstr(res.diag, "error: entity expansion "
	    "refused"));
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);

	/* a person page next to a good dblp.dtd does not get it */
	put_file(dir, "dblp.dtd", "<!ENTITY ouml \"&#246;\">\n");
	put_file(dir, "person.xml", XMLDECL "<!DOCTYPE dblpperson SYSTEM "
	    "\"dblp.dtd\">\n" PERSON "<r><article key=\"a\"><author>"
	    "G&ouml;tz</author><title>T.</title></article></r>\n" ENDPERSON);
	buf_reset(&path);
	buf_addf(&path, "%s/person.xml", dir);
	read_path(buf_str(&path), &res);
	buf_reset(&want);
	buf_addf(&want, "pubtool: %s:4:36: error: entity 'ouml' not defined "
	    "(the external DTD 'dblp.dtd' is not read: pubtool reads nothing "
	    "outside its input)\n", buf_str(&path));
	ck_assert_str_eq(res.diag, buf_str(&want));
	readres_release(&res);

	/* nor does a dump named otherwise than dblp.dtd in its DOCTYPE */
	put_file(dir, "in.xml", "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE dblp SYSTEM \"other.dtd\">\n<dblp>\n<article key=\"a\">"
	    "<author>G&ouml;tz</author><title>T.</title></article>\n"
	    "</dblp>\n");
	buf_reset(&path);
	buf_addf(&path, "%s/in.xml", dir);
	read_path(buf_str(&path), &res);
	buf_reset(&want);
	buf_addf(&want, "pubtool: %s:4:33: error: entity 'ouml' not defined "
	    "(the external DTD 'other.dtd' is not read: pubtool reads nothing "
	    "outside its input)\n", buf_str(&path));
	ck_assert_str_eq(res.diag, buf_str(&want));
	readres_release(&res);

	buf_release(&want);
	buf_release(&dtdpath);
	buf_release(&path);
	remove_dir(dir);
}
END_TEST

/*
 * A person page much longer than libxml2's read-ahead, cut short at many
 * places: the records completed before the cut come through, the one
 * cut short is dropped, nothing else.
 */
START_TEST(test_dblp_long_and_cut)
{
	struct readres	 res;
	struct buf	 doc;
	size_t		 i, len, complete, opened, started;
	const char	*p, *gt;

	buf_init(&doc);
	buf_addstr(&doc, XMLDECL PERSON);
	for (i = 0; i < 200; i++)
		buf_addstr(&doc, "<coauthors><co><na>X</na></co></coauthors>\n"
		    GOOD);
	buf_addstr(&doc, ENDPERSON);
	read_dblp(buf_str(&doc), &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 200);
	readres_release(&res);

	for (len = 60; len < doc.len; len += 211) {
		complete = opened = started = 0;
		for (p = doc.data; (p = strstr(p, "</article>")) != NULL &&
		    (size_t)(p - doc.data) + 10 <= len; p++)
			complete++;
		/* a start tag cut short may count as started */
		for (p = doc.data; (p = strstr(p, "<article")) != NULL &&
		    (size_t)(p - doc.data) + 8 <= len; p++) {
			started++;
			gt = strchr(p, '>');
			if ((size_t)(gt - doc.data) + 1 <= len)
				opened++;
		}
		readres_init(&res);
		read_input(&dblp_reader, doc.data, len, &res);
		ck_assert_uint_eq(res.nerrors, 1);
		ck_assert_uint_eq(res.set.n, complete);
		ck_assert_uint_ge(res.nrejects, opened - complete);
		ck_assert_uint_le(res.nrejects, started - complete);
		readres_release(&res);
	}
	buf_release(&doc);
}
END_TEST

START_TEST(test_dblp_stop_and_read_error)
{
	struct readres	 res;

	readres_init(&res);
	res.stop_after = 1;
	read_str(&dblp_reader, person, &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 1);
	readres_release(&res);

	readres_init(&res);
	read_unreadable(&dblp_reader, &res);
	ck_assert_int_eq(res.rc, -1);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>: cannot read: Is a "
	    "directory\n");
	readres_release(&res);
}
END_TEST

Suite *
dblp_read_suite(void)
{
	Suite	*s = suite_create("dblp_read");
	TCase	*good = tcase_create("good");
	TCase	*bad = tcase_create("bad");
	TCase	*dump = tcase_create("dump");

	tcase_add_test(good, test_dblp_person);
	tcase_add_test(good, test_dblp_record_export);
	tcase_add_test(good, test_dblp_internal_subset);
	tcase_add_test(good, test_dblp_latin1);
	tcase_add_test(good, test_dblp_stop_and_read_error);
	tcase_add_test(bad, test_dblp_bad_records);
	tcase_add_test(bad, test_dblp_not_dblp);
	tcase_add_test(bad, test_dblp_malformed);
	tcase_add_test(bad, test_dblp_hostile);
	tcase_add_test(bad, test_dblp_long_and_cut);
	tcase_add_test(dump, test_dblp_dump);
	tcase_add_test(dump, test_dblp_dump_allow_list);
	suite_add_tcase(s, good);
	suite_add_tcase(s, bad);
	suite_add_tcase(s, dump);
	return s;
}
