/*
 * Unit tests for src/yaml_write.c and src/yaml_read.c: records written
 * with yaml_writer come back unchanged through yaml_reader, whatever
 * their strings look like, and the reader refuses everything outside the
 * record schema with a message at the right position.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "buf.h"
#include "format.h"
#include "record.h"
#include "tests.h"

static void	 full_record(struct record *, struct arena *);
static bool	 is_safe_line(const char *, size_t);
static void	 check_safe_output(const char *);
static void	 check_bad_doc(const char *, const char *);

/*
 * Strings that a YAML 1.1 or 1.2 reader would retype or misparse; the
 * list ends with NULL.
 */
static const char *const hostile[] = {
	"no", "yes", "null", "~", "1e3", "0777", "1010.1010", "2024-01-02",
	"- item", "--- doc", "---", "...", "key: value", "a # comment",
	"#hash", "it's 'single'", "say \"double\"", "back\\slash \\n",
	"\xF0\x9F\x98\x80 and \xF0\xA0\x80\x80", "on", "OFF", "True", ".inf",
	"-.Inf", ".NaN", "0x1F", "+12", "0o17", "12:30:00", "[a, b]",
	"{a: b}", "%YAML 1.1", "@at", "`tick", "|", ">", "? q", ":", "-",
	",", "<<", "=", "\xEF\xBB\xBF" "bom",
	"caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC",
	"\xC2\x85next line", "\xE2\x80\xA8line sep", NULL
};

#define NHOSTILE	(sizeof(hostile) / sizeof(hostile[0]) - 1)

/* A record that uses every field, in the arena. */
static void
full_record(struct record *r, struct arena *a)
{
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	static const char *const orgs[] = { "ibm-research", "stanford", NULL };
	static const char *const sources[] = { "profile", "arxiv", NULL };

	record_init(r);
	r->key = "yokota2011tuned";
	r->title = "A Tuned and Scalable Fast Multipole Method";
	strlist_set(a, &r->authors, authors);
	r->et_al = true;
	strlist_set(a, &r->orgs, orgs);
	r->area = "NA";
	r->date = "2011-10-16";
	r->code = true;
	r->score = "21.4";
	r->abstract = "Among the algorithms.\n\nSecond paragraph.";
	r->arxiv = "1110.2921";
	r->doi = "10.1000/xyz123";
	r->venue = "Int. J. High Perform. Comput. Appl.";
	r->url = "https://arxiv.org/abs/1110.2921";
	r->pages = "1-12";
	r->volume = "26";
	strlist_set(a, &r->sources, sources);
}

/* The exact text of one record with every field. */
START_TEST(test_yaml_write_exact)
{
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	full_record(&r, &a);
	out = write_records(&yaml_writer, &r, 1, NULL);
	ck_assert_str_eq(out,
	    "---\n"
	    "key: \"yokota2011tuned\"\n"
	    "title: \"A Tuned and Scalable Fast Multipole Method\"\n"
	    "authors:\n"
	    "- \"Rio Yokota\"\n"
	    "- \"Lorena A. Barba\"\n"
	    "et_al: true\n"
	    "orgs:\n"
	    "- \"ibm-research\"\n"
	    "- \"stanford\"\n"
	    "area: \"NA\"\n"
	    "date: \"2011-10-16\"\n"
	    "code: true\n"
	    "score: 21.4\n"
	    "abstract: \"Among the algorithms.\\n\\nSecond paragraph.\"\n"
	    "arxiv: \"1110.2921\"\n"
	    "doi: \"10.1000/xyz123\"\n"
	    "venue: \"Int. J. High Perform. Comput. Appl.\"\n"
	    "url: \"https://arxiv.org/abs/1110.2921\"\n"
	    "pages: \"1-12\"\n"
	    "volume: \"26\"\n"
	    "sources:\n"
	    "- \"profile\"\n"
	    "- \"arxiv\"\n");
	free(out);
	arena_release(&a);
}
END_TEST

/* Absent fields, false flags and empty lists are left out. */
START_TEST(test_yaml_write_minimal)
{
	struct record	 r;
	char		*out;

	record_init(&r);
	r.title = "Only a title";
	out = write_records(&yaml_writer, &r, 1, NULL);
	ck_assert_str_eq(out, "---\ntitle: \"Only a title\"\n");
	free(out);
	out = write_records(&yaml_writer, NULL, 0, NULL);
	ck_assert_str_eq(out, "");
	free(out);
}
END_TEST

/*
 * The escapes are libyaml's, whose emitter wrote pubtool's files before:
 * line breaks, controls, the quote, the backslash, the byte order mark
 * and everything beyond the BMP; other non-ASCII characters stay UTF-8.
 * An empty profile is a flow mapping.
 */
START_TEST(test_yaml_write_escapes)
{
	struct profile	 p;
	struct record	 r;
	char		*out;

	record_init(&r);
	r.title = "tab\there \"q\" back\\slash nel\xC2\x85 nbsp\xC2\xA0 "
	    "ls\xE2\x80\xA8 ps\xE2\x80\xA9 bom\xEF\xBB\xBF "
	    "emoji\xF0\x9F\x98\x80 \xE2\x80\x94 caf\xC3\xA9 \xED\x9F\xBF";
	r.abstract = "one\n\ntwo\x01\x1B\x7F\xC2\x80 end";
	out = write_records(&yaml_writer, &r, 1, NULL);
	ck_assert_str_eq(out, "---\n"
	    "title: \"tab\\there \\\"q\\\" back\\\\slash nel\\N nbsp\xC2\xA0 "
	    "ls\\L ps\\P bom\\uFEFF emoji\\U0001F600 \xE2\x80\x94 caf\xC3\xA9 "
	    "\xED\x9F\xBF\"\n"
	    "abstract: \"one\\n\\ntwo\\x01\\e\\x7F\\x80 end\"\n");
	free(out);
	profile_init(&p);
	out = write_records(&yaml_writer, NULL, 0, &p);
	ck_assert_str_eq(out, "---\nprofile: {}\n");
	free(out);
}
END_TEST

/*
 * Is line one the writer may produce: a document start, a plain list
 * key, a known plain value, or a string double-quoted on its own line?
 */
static bool
is_safe_line(const char *s, size_t len)
{
	static const char *const plain[] = {
		"---", "authors:", "orgs:", "sources:", "et_al: true",
		"code: true", "score: 21.4"
	};
	static const char *const quoted[] = {
		"- \"", "key: \"", "title: \"", "area: \"", "date: \"",
		"abstract: \"", "arxiv: \"", "doi: \"", "venue: \"", "url: \"",
		"pages: \"", "volume: \""
	};
	size_t	 i, n, bs;

	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (strlen(plain[i]) == len && memcmp(plain[i], s, len) == 0)
			return true;
	for (i = 0; i < sizeof(quoted) / sizeof(quoted[0]); i++) {
		n = strlen(quoted[i]);
		if (len < n + 1 || memcmp(quoted[i], s, n) != 0 ||
		    s[len - 1] != '"')
			continue;
		/* The closing quote must not be escaped. */
		for (bs = 0; len - 2 - bs >= n && s[len - 2 - bs] == '\\'; bs++)
			;
		return bs % 2 == 0;
	}
	return false;
}

/* Every string is double-quoted; no anchors, aliases or tags. */
static void
check_safe_output(const char *out)
{
	const char	*p, *nl;

	ck_assert_ptr_null(strchr(out, '&'));
	ck_assert_ptr_null(strchr(out, '*'));
	ck_assert_ptr_null(strchr(out, '!'));
	for (p = out; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		ck_assert_ptr_nonnull(nl);
		ck_assert_msg(is_safe_line(p, (size_t)(nl - p)),
		    "unexpected line '%.*s'", (int)(nl - p), p);
	}
}

/*
 * Hostile strings as titles, authors, organisations and abstracts (the
 * abstracts with tabs, newlines and spaces at both ends) survive a round
 * trip, and the writer quotes them all.
 */
START_TEST(test_yaml_round_trip_hostile)
{
	struct record	 recs[NHOSTILE + 1];
	struct readres	 res;
	struct arena	 a;
	struct buf	 b;
	char		*out;
	size_t		 i;

	arena_init(&a);
	buf_init(&b);
	for (i = 0; i < NHOSTILE; i++) {
		record_init(&recs[i]);
		recs[i].title = hostile[i];
		strlist_set(&a, &recs[i].authors, hostile);
		strlist_set(&a, &recs[i].orgs, hostile + i);
		buf_reset(&b);
		buf_addf(&b, "  %s\tx\n\n%s  ", hostile[i], hostile[i]);
		recs[i].abstract = arena_strdup(&a, buf_str(&b));
		recs[i].area = hostile[i];
		recs[i].venue = hostile[i];
	}
	full_record(&recs[NHOSTILE], &a);
	/* a long abstract, which must not be folded */
	buf_reset(&b);
	for (i = 0; i < 40; i++)
		buf_addstr(&b, "word, word: ");
	recs[NHOSTILE].abstract = arena_strdup(&a, buf_str(&b));
	out = write_records(&yaml_writer, recs, NHOSTILE + 1, NULL);
	check_safe_output(out);
	/* UTF-8 is written as it is, not escaped */
	ck_assert_ptr_nonnull(strstr(out,
	    "\ntitle: \"caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"no\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"~\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"1010.1010\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"2024-01-02\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"- item\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\ntitle: \"---\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\n- \"0777\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\n- \"say \\\"double\\\"\"\n"));
	ck_assert_ptr_nonnull(strstr(out, "\n- \"back\\\\slash \\\\n\"\n"));
	ck_assert_ptr_nonnull(strstr(out,
	    "\nabstract: \"  no\\tx\\n\\nno  \"\n"));

	readres_init(&res);
	read_str(&yaml_reader, out, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, NHOSTILE + 1);
	for (i = 0; i < NHOSTILE + 1; i++)
		check_record_eq(res.set.recs[i], &recs[i]);
	ck_assert(!res.set.has_profile);
	readres_release(&res);
	free(out);
	buf_release(&b);
	arena_release(&a);
}
END_TEST

/* A profile document comes back as the same figures. */
START_TEST(test_yaml_round_trip_profile)
{
	struct profile	 p;
	struct readres	 res;
	struct record	 r;
	char		*out;

	profile_init(&p);
	p.h_index = 50;
	p.papers = 50;
	p.citations = 1046;
	p.novelty = 49;
	p.ai_score = 59;
	p.listed = 50;
	record_init(&r);
	r.title = "Paper";
	out = write_records(&yaml_writer, &r, 1, &p);
	ck_assert_str_eq(out,
	    "---\n"
	    "profile:\n"
	    "  h_index: 50\n"
	    "  papers: 50\n"
	    "  citations: 1046\n"
	    "  novelty: 49\n"
	    "  ai_score: 59\n"
	    "  listed: 50\n"
	    "---\n"
	    "title: \"Paper\"\n");
	readres_init(&res);
	read_str(&yaml_reader, out, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.nprofiles, 1);
	ck_assert(profile_equal(&res.set.profile, &p));
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.set.recs[0]->title, "Paper");
	readres_release(&res);
	free(out);

	/* figures the profile did not give stay out, and stay -1 */
	profile_init(&p);
	p.citations = 999999999999999;
	out = write_records(&yaml_writer, NULL, 0, &p);
	ck_assert_str_eq(out, "---\nprofile:\n  citations: 999999999999999\n");
	readres_init(&res);
	read_str(&yaml_reader, out, &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert(profile_equal(&res.set.profile, &p));
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);
	free(out);
}
END_TEST

/* Reading hand-written YAML: plain scalars, flow lists, positions. */
START_TEST(test_yaml_read_plain)
{
	static const char *const authors[] = { "Rio Yokota", "L. Barba", NULL };
	struct readres	 res;
	struct record	*r;

	readres_init(&res);
	read_str(&yaml_reader,
	    "# a comment\n"
	    "title:   Plain   title  \n"
	    "authors: [Rio Yokota, 'L. Barba']\n"
	    "date: 2019-06\n"
	    "score: 7\n"
	    "code: false\n"
	    "abstract: |\n"
	    "  Kept\n"
	    "    as is\n"
	    "---\n"
	    "title: Second\n"
	    "date: 2019\n"
	    "...\n", &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 2);
	r = res.set.recs[0];
	ck_assert_str_eq(r->title, "Plain title");
	check_strlist(&r->authors, authors);
	ck_assert_str_eq(r->date, "2019-06");
	ck_assert_str_eq(r->score, "7");
	ck_assert(!r->code);
	ck_assert_str_eq(r->abstract, "Kept\n  as is\n");
	ck_assert_str_eq(r->pos.file, "<stdin>");
	ck_assert_uint_eq(r->pos.line, 2);
	ck_assert_uint_eq(r->pos.col, 1);
	ck_assert_str_eq(res.set.recs[1]->date, "2019");
	ck_assert_uint_eq(res.set.recs[1]->pos.line, 11);
	readres_release(&res);
}
END_TEST

/*
 * White space is collapsed in every field but the abstract, whether the
 * value is ASCII or not; the abstract is kept as it is.
 */
START_TEST(test_yaml_read_collapse)
{
	static const char *const authors[] = {
		"x y", "Plain Name", "Zo\xC3\xAB A", NULL
	};
	struct readres	 res;
	struct record	*r;

	readres_init(&res);
	read_str(&yaml_reader,
	    "title: \"  a  b \"\n"
	    "authors: [\"x\\ty\", \"Plain Name\", \" Zo\\u00EB\\n A\"]\n"
	    "venue: \"caf\\u00E9  \"\n"
	    "abstract: \"  keep  two \"\n", &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 1);
	r = res.set.recs[0];
	ck_assert_str_eq(r->title, "a b");
	check_strlist(&r->authors, authors);
	ck_assert_str_eq(r->venue, "caf\xC3\xA9");
	ck_assert_str_eq(r->abstract, "  keep  two ");
	readres_release(&res);
}
END_TEST

/* No input, an empty document or comments only: no records. */
START_TEST(test_yaml_read_empty)
{
	static const char *const inputs[] = {
		"", "\n", "# nothing\n", "---\n", "--- \n...\n", "---\n---\n"
	};
	struct readres	 res;
	size_t		 i;

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		readres_init(&res);
		read_str(&yaml_reader, inputs[i], &res);
		ck_assert_str_eq(res.diag, "");
		ck_assert_int_eq(res.rc, 0);
		ck_assert_uint_eq(res.set.n, 0);
		ck_assert_uint_eq(res.nprofiles, 0);
		readres_release(&res);
	}
	/* an empty document between two records */
	readres_init(&res);
	read_str(&yaml_reader, "title: A\n---\n---\ntitle: B\n", &res);
	ck_assert_str_eq(res.diag, "");
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[1]->title, "B");
	readres_release(&res);
}
END_TEST

/* The good documents of the bad-document tests, around line 5. */
#define BEFORE		"---\ntitle: \"First\"\nauthors: [\"A\"]\n---\n"
#define AFTER		"\n---\ntitle: \"Last\"\n"

/*
 * Reads BEFORE doc AFTER and expects exactly the message want (one
 * error) and the records "First" and "Last".
 */
static void
check_bad_doc(const char *doc, const char *want)
{
	struct readres	 res;
	struct buf	 b;

	buf_init(&b);
	buf_addstr(&b, BEFORE);
	buf_addstr(&b, doc);
	buf_addstr(&b, AFTER);
	readres_init(&res);
	read_str(&yaml_reader, buf_str(&b), &res);
	ck_assert_str_eq(res.diag, want);
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->title, "First");
	ck_assert_str_eq(res.set.recs[1]->title, "Last");
	readres_release(&res);
	buf_release(&b);
}

START_TEST(test_yaml_reject_anchor_alias)
{
	check_bad_doc("title: &t \"x\"",
	    "pubtool: <stdin>:5:8: error: anchors are not allowed\n");
	check_bad_doc("title: \"x\"\nauthors: &list\n- \"A\"",
	    "pubtool: <stdin>:6:10: error: anchors are not allowed\n");
	check_bad_doc("title: \"x\"\nabstract: *t",
	    "pubtool: <stdin>:6:11: error: aliases are not allowed\n");
	/* a whole anchored document */
	check_bad_doc("&doc\ntitle: \"x\"",
	    "pubtool: <stdin>:5:1: error: anchors are not allowed\n");
}
END_TEST

START_TEST(test_yaml_reject_tag)
{
	check_bad_doc("title: !!python/object:os.system \"x\"",
	    "pubtool: <stdin>:5:8: error: tag "
	    "'tag:yaml.org,2002:python/object:os.system' is not allowed\n");
	check_bad_doc("title: !local x",
	    "pubtool: <stdin>:5:8: error: tag '!local' is not allowed\n");
	check_bad_doc("!!map\ntitle: x",
	    "pubtool: <stdin>:5:1: error: tag 'tag:yaml.org,2002:map' is not "
	    "allowed\n");
	check_bad_doc("title: x\nauthors: !!seq [A]",
	    "pubtool: <stdin>:6:10: error: tag 'tag:yaml.org,2002:seq' is not "
	    "allowed\n");
}
END_TEST

START_TEST(test_yaml_reject_keys)
{
	check_bad_doc("title: \"a\"\ntitle: \"b\"",
	    "pubtool: <stdin>:6:1: error: duplicate field 'title'\n");
	check_bad_doc("title: \"a\"\ncolour: \"red\"",
	    "pubtool: <stdin>:6:1: error: unknown field 'colour'\n");
	check_bad_doc("title: \"a\"\nnested: {deep: [1, 2]}",
	    "pubtool: <stdin>:6:1: error: unknown field 'nested'\n");
	check_bad_doc("title: \"a\"\n[k]: v",
	    "pubtool: <stdin>:6:1: error: keys must be scalars\n");
	check_bad_doc("authors: [\"A\"]",
	    "pubtool: <stdin>:5:1: error: record has no title\n");
	check_bad_doc("- \"a list\"",
	    "pubtool: <stdin>:5:1: error: document is not a mapping\n");
	check_bad_doc("\"a string\"",
	    "pubtool: <stdin>:5:1: error: document is not a mapping\n");
}
END_TEST

START_TEST(test_yaml_reject_values)
{
	check_bad_doc("title: [\"a\"]",
	    "pubtool: <stdin>:5:8: error: field 'title' must be a scalar\n");
	check_bad_doc("title: x\nauthors: \"A\"",
	    "pubtool: <stdin>:6:10: error: field 'authors' must be a list\n");
	check_bad_doc("title: x\nauthors: [[\"A\"]]",
	    "pubtool: <stdin>:6:11: error: field 'authors' must be a list of "
	    "strings\n");
	check_bad_doc("title: x\ncode: yes",
	    "pubtool: <stdin>:6:7: error: field 'code' must be true or "
	    "false\n");
	check_bad_doc("title: x\net_al: \"true\"",
	    "pubtool: <stdin>:6:8: error: field 'et_al' must be true or "
	    "false\n");
	check_bad_doc("title: x\nscore: 1e3",
	    "pubtool: <stdin>:6:8: error: field 'score' must be a number\n");
	check_bad_doc("title: x\nscore: -2",
	    "pubtool: <stdin>:6:8: error: field 'score' must be a number\n");
	check_bad_doc("title: x\ndate: \"2024-02-30\"",
	    "pubtool: <stdin>:6:7: error: invalid date '2024-02-30' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)\n");
	check_bad_doc("title: x\ndate: May 27",
	    "pubtool: <stdin>:6:7: error: invalid date 'May 27' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)\n");
}
END_TEST

/* Characters that are never allowed, even written as escapes. */
START_TEST(test_yaml_reject_characters)
{
	check_bad_doc("title: \"a\\0b\"",
	    "pubtool: <stdin>:5:8: error: NUL byte in field 'title'\n");
	check_bad_doc("title: x\nauthors: [\"A\\x01\"]",
	    "pubtool: <stdin>:6:11: error: control character (byte 0x01) in field "
	    "'authors'\n");
	check_bad_doc("title: x\nabstract: \"line\\rfeed\"",
	    "pubtool: <stdin>:6:11: error: control character (byte 0x0D) in field "
	    "'abstract'\n");
	/* after runs of ASCII longer than a word, and after non-ASCII */
	check_bad_doc("title: \"0123456789abcdef\\x7f\"",
	    "pubtool: <stdin>:5:8: error: control character (byte 0x7F) in "
	    "field 'title'\n");
	check_bad_doc("title: \"caf\xC3\xA9 0123456789 \\u0085\\x9F\"",
	    "pubtool: <stdin>:5:8: error: control character (U+009F) in field "
	    "'title'\n");
}
END_TEST

START_TEST(test_yaml_reject_profile)
{
	check_bad_doc("profile:\n  h_index: 50\ntitle: x",
	    "pubtool: <stdin>:5:1: error: a profile document holds nothing "
	    "else\n");
	check_bad_doc("profile:\n  h_index: 50\n  fame: 3",
	    "pubtool: <stdin>:7:3: error: unknown profile figure 'fame'\n");
	check_bad_doc("profile:\n  h_index: 50\n  h_index: 51",
	    "pubtool: <stdin>:7:3: error: duplicate field 'h_index'\n");
	check_bad_doc("profile:\n  papers: \"50\"",
	    "pubtool: <stdin>:6:11: error: profile figure 'papers' must be a "
	    "whole number\n");
	check_bad_doc("profile:\n  papers: 1,046",
	    "pubtool: <stdin>:6:11: error: profile figure 'papers' must be a "
	    "whole number\n");
	/* sixteen digits are too many */
	check_bad_doc("profile:\n  citations: 1000000000000000",
	    "pubtool: <stdin>:6:14: error: profile figure 'citations' must "
	    "be a whole number\n");
	check_bad_doc("profile:\n  [a]: 1\n  papers: 2",
	    "pubtool: <stdin>:6:3: error: profile keys must be scalars\n");
	check_bad_doc("profile:\n  h_index: 1\nprofile:\n  papers: 2",
	    "pubtool: <stdin>:7:1: error: duplicate field 'profile'\n");
	check_bad_doc("profile: 50",
	    "pubtool: <stdin>:5:10: error: field 'profile' must be a "
	    "mapping\n");
}
END_TEST

/*
 * Syntax errors end the input: the records before are kept, and the
 * message says where libyaml gave up.
 */
START_TEST(test_yaml_syntax_errors)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&yaml_reader, BEFORE "title: \"unterminated\n" AFTER, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:7:1: error: found "
	    "unexpected document indicator\n");
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_uint_eq(res.set.n, 1);
	readres_release(&res);

	readres_init(&res);
	read_str(&yaml_reader, BEFORE "title: a\n  bad: indent\n" AFTER, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:6:6: error: mapping "
	    "values are not allowed in this context\n");
	ck_assert_uint_eq(res.set.n, 1);
	readres_release(&res);
}
END_TEST

/*
 * Invalid UTF-8 is found before libyaml sees it, with its line and
 * column; only the document holding it is dropped.
 */
START_TEST(test_yaml_bad_utf8)
{
	struct readres	 res;

	readres_init(&res);
	read_str(&yaml_reader, BEFORE "title: \"caf\xC3 x\"" AFTER, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:5:12: error: invalid "
	    "UTF-8 (byte 0xC3)\n");
	ck_assert_uint_eq(res.nerrors, 1);
	ck_assert_int_eq(res.rc, 0);
	ck_assert_uint_eq(res.set.n, 2);
	ck_assert_str_eq(res.set.recs[0]->title, "First");
	ck_assert_str_eq(res.set.recs[1]->title, "Last");
	readres_release(&res);

	/* The column counts code points, past runs of ASCII. */
	readres_init(&res);
	read_str(&yaml_reader, BEFORE "title: \"\xC3\xA9t\xC3\xA9 0123456789"
	    "abcdef \x7F \x01\"" AFTER, &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:5:30: error: control "
	    "character (byte 0x7F)\n");
	ck_assert_uint_eq(res.set.n, 2);
	readres_release(&res);

	/* A bad byte in a comment between documents spoils neither. */
	readres_init(&res);
	read_str(&yaml_reader, "title: \"A\"\n# \xFF\n---\ntitle: \"B\"\n",
	    &res);
	ck_assert_str_eq(res.diag, "pubtool: <stdin>:2:3: error: invalid "
	    "UTF-8 (byte 0xFF)\n");
	ck_assert_uint_eq(res.set.n, 1);
	readres_release(&res);
}
END_TEST

/*
 * A hundred thousand opening brackets are refused at the fifth, at once:
 * the test would hit Check's timeout if the reader went on.
 */
START_TEST(test_yaml_deep_nesting)
{
	struct readres	 res;
	char		*s;
	size_t		 n = 100000;
	clock_t		 start;

	s = malloc(n + 1);
	ck_assert_ptr_nonnull(s);
	memset(s, '[', n);
	s[n] = '\0';
	readres_init(&res);
	start = clock();
	read_input(&yaml_reader, s, n, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:1:1: error: document is not a mapping\n"
	    "pubtool: <stdin>:1:5: error: nesting too deep (more than 4 "
	    "levels)\n");
	ck_assert_uint_eq(res.set.n, 0);
	ck_assert_msg((double)(clock() - start) / CLOCKS_PER_SEC < 2.0,
	    "took %.2f s", (double)(clock() - start) / CLOCKS_PER_SEC);
	readres_release(&res);

	/* the same depth inside a record's list */
	readres_init(&res);
	read_str(&yaml_reader, BEFORE "title: x\nauthors: [[[[[[\"A\"]]]]]]\n"
	    AFTER, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>:6:11: error: field 'authors' must be a list of "
	    "strings\n"
	    "pubtool: <stdin>:6:13: error: nesting too deep (more than 4 "
	    "levels)\n");
	ck_assert_uint_eq(res.set.n, 1);
	readres_release(&res);
	free(s);
}
END_TEST

/* A read error is reported and makes read() return -1. */
START_TEST(test_yaml_read_error)
{
	struct readres	 res;

	readres_init(&res);
	read_unreadable(&yaml_reader, &res);
	ck_assert_str_eq(res.diag,
	    "pubtool: <stdin>: cannot read: Is a directory\n");
	ck_assert_int_eq(res.rc, -1);
	ck_assert_uint_eq(res.set.n, 0);
	readres_release(&res);
}
END_TEST

/* A sink's non-zero value stops the reader, which returns it. */
START_TEST(test_yaml_sink_stop)
{
	struct readres	 res;

	readres_init(&res);
	res.stop_after = 1;
	read_str(&yaml_reader, "title: A\n---\ntitle: B\n", &res);
	ck_assert_int_eq(res.rc, 7);
	ck_assert_uint_eq(res.set.n, 1);
	ck_assert_str_eq(res.diag, "");
	readres_release(&res);
}
END_TEST

Suite *
yaml_suite(void)
{
	Suite	*s = suite_create("yaml");
	TCase	*write = tcase_create("write");
	TCase	*read = tcase_create("read");
	TCase	*reject = tcase_create("reject");

	tcase_add_test(write, test_yaml_write_exact);
	tcase_add_test(write, test_yaml_write_minimal);
	tcase_add_test(write, test_yaml_write_escapes);
	tcase_add_test(write, test_yaml_round_trip_hostile);
	tcase_add_test(write, test_yaml_round_trip_profile);
	suite_add_tcase(s, write);
	tcase_add_test(read, test_yaml_read_plain);
	tcase_add_test(read, test_yaml_read_collapse);
	tcase_add_test(read, test_yaml_read_empty);
	tcase_add_test(read, test_yaml_sink_stop);
	tcase_add_test(read, test_yaml_read_error);
	suite_add_tcase(s, read);
	tcase_add_test(reject, test_yaml_reject_anchor_alias);
	tcase_add_test(reject, test_yaml_reject_tag);
	tcase_add_test(reject, test_yaml_reject_keys);
	tcase_add_test(reject, test_yaml_reject_values);
	tcase_add_test(reject, test_yaml_reject_characters);
	tcase_add_test(reject, test_yaml_reject_profile);
	tcase_add_test(reject, test_yaml_syntax_errors);
	tcase_add_test(reject, test_yaml_bad_utf8);
	tcase_add_test(reject, test_yaml_deep_nesting);
	suite_add_tcase(s, reject);
	return s;
}
