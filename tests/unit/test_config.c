/*
 * Unit tests for src/config.c and src/yaml_config.c: a good file sets
 * every key, an empty one sets nothing, and every bad key or value is
 * refused with a message at its line and column.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "config.h"
#include "diag.h"
#include "stream.h"
#include "tests.h"

/* What config_parse() made of one file. */
struct parsed {
	struct config	 cfg;
	int		 rc;
	char		*diag;		/* every message, owned */
};

static void	 parse(const char *, struct parsed *);
static void	 parsed_release(struct parsed *);
static void	 check_bad(const char *, const char *);

/* Parses s as the file "config.yaml". */
static void
parse(const char *s, struct parsed *p)
{
	struct stream	*in;
	FILE		*msgs;
	size_t		 len;

	msgs = open_memstream(&p->diag, &len);
	ck_assert_ptr_nonnull(msgs);
	diag_reset(msgs);
	config_init(&p->cfg);
	in = stream_from_memory(s, strlen(s), "config.yaml");
	p->rc = config_parse(&p->cfg, in);
	stream_free(in);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(msgs), 0);
}

static void
parsed_release(struct parsed *p)
{
	config_release(&p->cfg);
	free(p->diag);
}

/* s is refused with exactly the message msg (without "pubtool: "). */
static void
check_bad(const char *s, const char *msg)
{
	struct parsed	 p;
	char		 want[512];

	parse(s, &p);
	snprintf(want, sizeof(want), "pubtool: %s\n", msg);
	ck_assert_int_eq(p.rc, -1);
	ck_assert_str_eq(p.diag, want);
	parsed_release(&p);
}

START_TEST(test_good)
{
	static const char file[] =
	    "# every key\n"
	    "library: /data/lib.yaml\n"
	    "owner: \"Rio  Yokota\"\n"
	    "areas: {XY: My Area, LG: \"Learning\"}\n"
	    "aliases:\n"
	    "  Rio Yokota: [R. Yokota, Yokota Rio]\n"
	    "  Ana Autor: []\n"
	    "list: {by: year, format: csv}\n"
	    "filter: {format: text}\n"
	    "cite: {format: yaml}\n"
	    "stats:\n"
	    "  by: author\n"
	    "  format: yaml\n"
	    "csv: {neutralise: false}\n";
	struct parsed	 p;
	struct config	*c = &p.cfg;

	parse(file, &p);
	ck_assert_int_eq(p.rc, 0);
	ck_assert_str_eq(p.diag, "");
	ck_assert_str_eq(c->path, "config.yaml");
	ck_assert_str_eq(c->library.s, "/data/lib.yaml");
	ck_assert_uint_eq(c->library.pos.line, 2);
	ck_assert_uint_eq(c->library.pos.col, 10);
	ck_assert_str_eq(c->owner, "Rio Yokota");	/* collapsed */
	ck_assert_uint_eq(c->nareas, 2);
	ck_assert_str_eq(c->areas[0].code, "XY");
	ck_assert_str_eq(c->areas[0].name, "My Area");
	ck_assert_str_eq(config_area_name(c, "lg"), "Learning");
	ck_assert_str_eq(config_area_name(c, "CV"),
	    "Computer Vision and Pattern Recognition");
	ck_assert_ptr_null(config_area_name(c, "QQ"));
	ck_assert_ptr_null(config_area_name(NULL, "QQ"));
	ck_assert_ptr_null(config_area_name(c, NULL));
	ck_assert_uint_eq(c->naliases, 2);
	ck_assert_str_eq(c->aliases[0].name, "Rio Yokota");
	ck_assert_uint_eq(c->aliases[0].nvariants, 2);
	ck_assert_str_eq(c->aliases[0].variants[1], "Yokota Rio");
	ck_assert_uint_eq(c->aliases[1].nvariants, 0);
	ck_assert_str_eq(c->list.by.s, "year");
	ck_assert_uint_eq(c->list.by.pos.line, 8);
	ck_assert_uint_eq(c->list.by.pos.col, 12);
	ck_assert_str_eq(c->list.format.s, "csv");
	ck_assert_str_eq(c->filter.format.s, "text");
	ck_assert_ptr_null(c->filter.by.s);
	ck_assert_str_eq(c->cite.format.s, "yaml");
	ck_assert_str_eq(c->stats.by.s, "author");
	ck_assert_str_eq(c->stats.format.s, "yaml");
	ck_assert(!c->csv_neutralise);
	parsed_release(&p);
}
END_TEST

START_TEST(test_empty)
{
	static const char *const files[] = {
		"", "\n", "# only a comment\n", "---\n", "---\n...\n",
		"\xEF\xBB\xBF", NULL
	};
	struct parsed	 p;
	size_t		 i;

	for (i = 0; files[i] != NULL; i++) {
		parse(files[i], &p);
		ck_assert_int_eq(p.rc, 0);
		ck_assert_str_eq(p.diag, "");
		ck_assert_ptr_null(p.cfg.library.s);
		ck_assert_ptr_null(p.cfg.owner);
		ck_assert_uint_eq(p.cfg.nareas, 0);
		ck_assert_uint_eq(p.cfg.naliases, 0);
		ck_assert_ptr_null(p.cfg.list.format.s);
		ck_assert(p.cfg.csv_neutralise);
		parsed_release(&p);
	}
}
END_TEST

START_TEST(test_library_tilde)
{
	struct parsed	 p;

	setenv("HOME", "/home/ana", 1);
	parse("library: ~/pubs/library.yaml\n", &p);
	ck_assert_int_eq(p.rc, 0);
	ck_assert_str_eq(p.cfg.library.s, "/home/ana/pubs/library.yaml");
	parsed_release(&p);
	parse("library: \"~\"\n", &p);
	ck_assert_str_eq(p.cfg.library.s, "/home/ana");
	parsed_release(&p);
	unsetenv("HOME");
	check_bad("library: ~/x\n", "config.yaml:1:10: error: cannot expand "
	    "'~' in 'library': HOME is not set");
}
END_TEST

START_TEST(test_unknown_keys)
{
	check_bad("owner: A\ncolour: true\n",
	    "config.yaml:2:1: error: unknown key 'colour'");
	check_bad("list:\n  by: area\n  sort: date\n",
	    "config.yaml:3:3: error: unknown key 'list.sort'");
	check_bad("filter: {by: area}\n",
	    "config.yaml:1:10: error: unknown key 'filter.by'");
	check_bad("csv: {raw: true}\n",
	    "config.yaml:1:7: error: unknown key 'csv.raw'");
	check_bad("owner: A\nowner: B\n",
	    "config.yaml:2:1: error: duplicate key 'owner'");
	check_bad("areas: {LG: A, LG: B}\n",
	    "config.yaml:1:16: error: duplicate key 'areas.LG'");
	check_bad("? [a]\n: b\n", "config.yaml:1:3: error: keys must be "
	    "strings");
	check_bad("list: {\"\": a}\n", "config.yaml:1:8: error: keys must "
	    "not be empty");
	check_bad("areas: {\"L\\x01G\": a}\n", "config.yaml:1:9: error: "
	    "control character (byte 0x01) in a key");
}
END_TEST

START_TEST(test_bad_values)
{
	check_bad("library: lib.yaml\n", "config.yaml:1:10: error: 'library' "
	    "must be an absolute path or start with '~/'");
	check_bad("library: ~ana/lib.yaml\n", "config.yaml:1:10: error: "
	    "'~user' is not supported in 'library'");
	check_bad("library:\n", "config.yaml:1:9: error: 'library' must not "
	    "be empty");
	check_bad("owner: [A]\n", "config.yaml:1:8: error: 'owner' must be "
	    "a string");
	check_bad("owner: \"  \"\n", "config.yaml:1:8: error: 'owner' must "
	    "not be empty");
	check_bad("owner: \"a\\x01b\"\n", "config.yaml:1:8: error: control "
	    "character (byte 0x01) in 'owner'");
	check_bad("areas: [LG]\n", "config.yaml:1:8: error: 'areas' must be "
	    "a mapping");
	check_bad("areas: {LG: {a: b}}\n", "config.yaml:1:13: error: "
	    "'areas.LG' must be a string");
	check_bad("aliases: {A B: C D}\n", "config.yaml:1:16: error: "
	    "'aliases.A B' must be a list of names");
	check_bad("aliases: {A B: [C D, \"\"]}\n", "config.yaml:1:22: error: "
	    "'aliases.A B' must not be empty");
	check_bad("aliases:\n  A B: [C D]\n  E F: [C D]\n", "config.yaml:3:9: "
	    "error: 'C D' is already a name of 'A B'");
	check_bad("aliases:\n  A B: [C D]\n  C D: []\n", "config.yaml:3:3: "
	    "error: 'C D' is already a name of 'A B'");
	check_bad("csv: {neutralise: yes}\n", "config.yaml:1:19: error: "
	    "'csv.neutralise' must be true or false");
	check_bad("csv: {neutralise: \"true\"}\n", "config.yaml:1:19: error: "
	    "'csv.neutralise' must be true or false");
	check_bad("list: text\n", "config.yaml:1:7: error: 'list' must be a "
	    "mapping");
	check_bad("stats: {format: [csv]}\n", "config.yaml:1:17: error: "
	    "'stats.format' must be a string");
	check_bad("- owner\n", "config.yaml:1:1: error: the configuration "
	    "must be a mapping");
	check_bad("owner: A\n---\nowner: B\n", "config.yaml:2:1: error: the "
	    "configuration must be one YAML document");
}
END_TEST

START_TEST(test_refused)
{
	check_bad("owner: &a A\n", "config.yaml:1:8: error: anchors are not "
	    "allowed");
	check_bad("owner: A\nareas: {LG: *a}\n", "config.yaml:2:13: error: "
	    "aliases are not allowed");
	check_bad("owner: !!str A\n", "config.yaml:1:8: error: tag "
	    "'tag:yaml.org,2002:str' is not allowed");
	check_bad("owner: A\nareas: {LG: [\n", "config.yaml:2:13: error: "
	    "'areas.LG' must be a string");
	check_bad("owner: \"A\n", "config.yaml:2:1: error: found unexpected "
	    "end of stream");
	check_bad("owner: A\xFF\n", "config.yaml:1:9: error: invalid UTF-8 "
	    "(byte 0xFF)");
	check_bad("aliases: {A: [[[x]]]}\n", "config.yaml:1:15: error: "
	    "nesting too deep (more than 3 levels)");
}
END_TEST

START_TEST(test_choice)
{
	static const char *const names[] = { "area", "year", "none", NULL };
	struct config_str	 v = { "year", { "c.yaml", 3, 7 } };
	FILE			*msgs;
	char			*out;
	size_t			 len;

	ck_assert_int_eq(config_choice(&v, "list.by", names), 1);
	msgs = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(msgs);
	diag_reset(msgs);
	v.s = "month";
	ck_assert_int_eq(config_choice(&v, "list.by", names), -1);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(msgs), 0);
	ck_assert_str_eq(out, "pubtool: c.yaml:3:7: error: invalid 'list.by' "
	    "value 'month' (known: area, year or none)\n");
	free(out);
}
END_TEST

START_TEST(test_path)
{
	bool	 named;
	char	*p;

	setenv("HOME", "/home/ana", 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("PUBTOOL_CONFIG");
	p = config_path(&named);
	ck_assert_str_eq(p, "/home/ana/.config/pubtool/config.yaml");
	ck_assert(!named);
	free(p);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	p = config_path(&named);
	ck_assert_str_eq(p, "/home/ana/.config/pubtool/config.yaml");
	free(p);
	setenv("XDG_CONFIG_HOME", "/xdg", 1);
	p = config_path(&named);
	ck_assert_str_eq(p, "/xdg/pubtool/config.yaml");
	free(p);
	setenv("PUBTOOL_CONFIG", "", 1);
	p = config_path(&named);
	ck_assert_str_eq(p, "/xdg/pubtool/config.yaml");
	free(p);
	setenv("PUBTOOL_CONFIG", "/etc/pt.yaml", 1);
	p = config_path(&named);
	ck_assert_str_eq(p, "/etc/pt.yaml");
	ck_assert(named);
	free(p);
	unsetenv("PUBTOOL_CONFIG");
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	ck_assert_ptr_null(config_path(&named));
}
END_TEST

Suite *
config_suite(void)
{
	Suite	*s = suite_create("config");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_good);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_library_tilde);
	tcase_add_test(tc, test_unknown_keys);
	tcase_add_test(tc, test_bad_values);
	tcase_add_test(tc, test_refused);
	tcase_add_test(tc, test_choice);
	tcase_add_test(tc, test_path);
	suite_add_tcase(s, tc);
	return s;
}
