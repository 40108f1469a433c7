/*
 * pubtool list: the papers grouped by area, year, or both, newest first,
 * as a text listing or as records.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "area.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "color.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "key.h"
#include "output.h"
#include "record.h"
#include "stats.h"
#include "strmap.h"
#include "text.h"
#include "usage.h"
#include "xalloc.h"

/* The values of --by and --sort, in the order of their names. */
enum list_by { BY_AREA, BY_YEAR, BY_AREA_YEAR, BY_NONE };
enum list_sort { SORT_DATE, SORT_TITLE, SORT_AREA };

static const char *const by_names[] = {
	"area", "year", "area,year", "none", NULL
};
static const char *const sort_names[] = { "date", "title", "area", NULL };

/* The values of -F. */
#define LIST_FORMATS	"text,yaml,bibtex,csv,csljson,ris,markdown,html"

struct list_opts {
	struct ropts	 ro;
	const struct config *config;
	bool		 by_set;	/* --by was given */
	enum list_by	 by;
	enum list_sort	 sort;
	const struct writer *writer;
	struct wopts	 wo;
};

/* A record with what sorting and grouping need, worked out once. */
struct entry {
	const struct record	*rec;
	const struct list_opts	*opts;
	size_t			 area_rank;	/* sections by area */
	int			 year;
	char			*title_fold;	/* free() */
	size_t			 index;		/* input order, the last tie-break */
};

/* One area present in the input, with its count. */
struct area_count {
	const char	*code;		/* NULL: no area */
	size_t		 count;
	size_t		 slot;		/* order of first appearance */
};

static const char synopsis[] =
    "usage: pubtool list [--by area|year|area,year|none] "
    "[--sort date|title|area]\n"
    "                    [-F text|yaml|bibtex|csv|csljson|ris|markdown|html]\n"
    "                    [-w WIDTH] [--color WHEN] [--ascii] [--csv-raw] "
    "[--bom]\n"
    "                    [--fragment] [-f FORMAT] [-L LIBRARY] [--as-of DATE]\n"
    "                    [FILE ...]\n";

static void
usage(FILE *fp, bool full)
{
	fputs(synopsis, fp);
	if (!full)
		return;
	fputs("\nList papers grouped by area or year, newest first.\n\n"
	    "      --by GROUPS            area (default), year, area,year "
	    "or none\n"
	    "      --sort KEY             order inside a group: date "
	    "(default), title, area\n"
	    "  -F, --format FORMAT        text (default), yaml, bibtex, "
	    "csv, csljson,\n"
	    "                             ris, markdown or html\n"
	    "  -w, --width WIDTH          wrap text at WIDTH columns "
	    "(default 80, 0: never)\n"
	    "      --color WHEN           colour the text: auto (default: "
	    "on a terminal),\n"
	    "                             always or never\n"
	    "      --ascii                BibTeX in ASCII, with LaTeX "
	    "accents\n"
	    "      --csv-raw              CSV cells as they are, formulas "
	    "not neutralised\n"
	    "      --bom                  start CSV with a byte order mark "
	    "(for Excel)\n"
	    "      --fragment             HTML listing only, without the "
	    "document around it\n"
	    "  -f, --input-format FORMAT  read FILEs as FORMAT: profile, yaml,\n"
	    "                             atom, dblp, bibtex, csv (default: detect)\n"
	    "  -L, --library LIBRARY      list this library when no FILE "
	    "is given\n"
	    "      --as-of DATE           resolve dates without a year "
	    "(YYYY-MM-DD)\n"
	    "      --max NAME=N           change a limit on the input: field,\n"
	    "                             authors, depth or input (see pubtool(1))\n"
	    "  -h, --help                 show this help\n", fp);
}

/* What list holds: the records, without the fields its writer omits. */
struct collect {
	struct recset	*set;
	unsigned	 omit;
};

static int
collect_record(void *arg, const struct record *rec)
{
	struct collect	*c = arg;

	recset_add_omit(c->set, rec, c->omit);
	return 0;
}

static int
collect_profile(void *arg, const struct profile *p)
{
	struct collect	*c = arg;

	c->set->profile = *p;
	c->set->has_profile = true;
	return 0;
}

/* Undated records sort after dated ones; dates compare as ISO text. */
static int
cmp_date_desc(const struct record *a, const struct record *b)
{
	if (a->date == NULL || b->date == NULL)
		return (a->date == NULL) - (b->date == NULL);
	return -strcmp(a->date, b->date);
}

static int
cmp_area(const struct record *a, const struct record *b)
{
	if (a->area == NULL || b->area == NULL)
		return (a->area == NULL) - (b->area == NULL);
	return strcasecmp(a->area, b->area);
}

static int
cmp_entry(const void *pa, const void *pb)
{
	const struct entry	*a = pa, *b = pb;
	const struct list_opts	*o = a->opts;
	int			 c = 0;

	if (o->by == BY_AREA || o->by == BY_AREA_YEAR)
		if (a->area_rank != b->area_rank)
			return a->area_rank < b->area_rank ? -1 : 1;
	if (o->by == BY_YEAR || o->by == BY_AREA_YEAR)
		if (a->year != b->year)
			return a->year == 0 ? 1 : b->year == 0 ? -1 :
			    a->year > b->year ? -1 : 1;
	switch (o->sort) {
	case SORT_TITLE:
		c = strcmp(a->title_fold, b->title_fold);
		break;
	case SORT_AREA:
		c = cmp_area(a->rec, b->rec);
		break;
	case SORT_DATE:
		break;
	}
	if (c == 0)
		c = cmp_date_desc(a->rec, b->rec);
	if (c == 0)
		c = strcmp(a->title_fold, b->title_fold);
	if (c == 0)
		c = a->index < b->index ? -1 : a->index > b->index;
	return c;
}

/* Most papers first, then by code; the records without an area last. */
static int
cmp_area_count(const void *pa, const void *pb)
{
	const struct area_count	*a = pa, *b = pb;

	if ((a->code == NULL) != (b->code == NULL))
		return a->code == NULL ? 1 : -1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->code == NULL ? 0 : strcmp(a->code, b->code);
}

/*
 * Ranks the areas present in the entries (most papers first) and stores
 * each entry's rank; returns the ranked table (free()) and its size.
 */
static struct area_count *
rank_areas(struct entry *e, size_t n, size_t *nareas)
{
	struct strmap		 index;	/* code -> 1 + slot */
	struct area_count	*t;
	size_t			*rank;
	size_t			 i, slot, na = 0, none = 0;

	t = xcalloc(n + 1, sizeof(*t));
	strmap_init(&index);
	for (i = 0; i < n; i++) {
		const char *code = e[i].rec->area;

		if (code == NULL) {
			if (none == 0) {
				t[na].slot = na;
				none = ++na;
			}
			slot = none - 1;
		} else if ((slot = (size_t)strmap_get(&index, code)) == 0) {
			t[na].code = code;
			t[na].slot = na;
			strmap_put(&index, code, (void *)(na + 1));
			slot = na++;
		} else
			slot--;
		t[slot].count++;
		e[i].area_rank = slot;
	}
	strmap_release(&index);
	qsort(t, na, sizeof(*t), cmp_area_count);
	rank = xcalloc(na + 1, sizeof(*rank));
	for (i = 0; i < na; i++)
		rank[t[i].slot] = i;
	for (i = 0; i < n; i++)
		e[i].area_rank = rank[e[i].area_rank];
	free(rank);
	*nareas = na;
	return t;
}

/* Counts the entries from i on that share the year of e[i]. */
static size_t
year_run(const struct entry *e, size_t n, size_t i, bool same_area)
{
	size_t	 j;

	for (j = i; j < n && e[j].year == e[i].year &&
	    (!same_area || e[j].area_rank == e[i].area_rank); j++)
		;
	return j - i;
}

static int
section_year(const struct writer *wr, void *w, const struct entry *e,
    size_t count, int level, struct buf *b)
{
	buf_reset(b);
	if (e->year == 0)
		buf_addstr(b, "Undated");
	else
		buf_addf(b, "%d", e->year);
	return wr->section(w, buf_str(b), count, level);
}

/*
 * Writes the sorted entries, starting a section whenever a group changes.
 * When colour is on and no owner was given, the owner of a profile read
 * is set off: the author on most papers, as stats infers it.
 */
static int
write_listing(const struct list_opts *o, const struct writer *wr,
    const struct recset *set, struct entry *e, size_t n,
    const struct area_count *areas)
{
	struct stats	 st;
	struct wopts	 wo = o->wo;
	struct buf	 b;
	void		*w;
	size_t		 i;
	int		 rc = 0;
	bool		 sections = wr->section != NULL;

	buf_init(&b);
	stats_init(&st);
	if (wo.color && wo.owner == NULL && set->has_profile) {
		stats_count(&st, set->recs, set->n, NULL,
		    o->config != NULL ? o->config->aliases : NULL,
		    o->config != NULL ? o->config->naliases : 0);
		wo.owner = st.owner.name;
	}
	w = wr->open(stdout, &wo);
	if (set->has_profile && wr->profile != NULL)
		rc = wr->profile(w, &set->profile);
	for (i = 0; rc == 0 && i < n; i++) {
		bool new_area = i == 0 || e[i].area_rank != e[i - 1].area_rank;
		bool new_year = i == 0 || e[i].year != e[i - 1].year;

		if (sections && (o->by == BY_AREA || o->by == BY_AREA_YEAR) &&
		    new_area) {
			area_heading(&b, areas[e[i].area_rank].code,
			    config_area_name(o->config,
			    areas[e[i].area_rank].code));
			rc = wr->section(w, buf_str(&b),
			    areas[e[i].area_rank].count, 0);
		}
		if (rc == 0 && sections && o->by == BY_YEAR && new_year)
			rc = section_year(wr, w, &e[i], year_run(e, n, i,
			    false), 0, &b);
		if (rc == 0 && sections && o->by == BY_AREA_YEAR &&
		    (new_area || new_year))
			rc = section_year(wr, w, &e[i], year_run(e, n, i,
			    true), 1, &b);
		if (rc == 0)
			rc = wr->put(w, e[i].rec);
	}
	if (wr->close(w) != 0)
		rc = -1;
	stats_release(&st);
	buf_release(&b);
	return rc;
}

static int
list(const struct list_opts *o, char **files, int nfiles)
{
	struct recset		 set;
	struct collect		 collect = { &set, o->writer->omits };
	struct sink		 sink = { collect_record, collect_profile,
				    &collect };
	struct keyer		 keyer;
	struct entry		*e;
	struct area_count	*areas = NULL;
	struct buf		 fold;
	const struct writer	*wr;
	size_t			 i, nareas = 0;
	int			 rc;

	wr = o->writer;
	recset_init(&set);
	rc = input_read("list", files, nfiles, &o->ro, &sink, true);
	if (rc == EXIT_USAGE) {
		recset_release(&set);
		return EXIT_USAGE;
	}
	/*
	 * Keys are handed out in input order, exactly as import -o does, so
	 * that list -F yaml and import -o - agree.
	 */
	keyer_init(&keyer);
	for (i = 0; writer_writes_keys(wr) && i < set.n; i++)
		set.recs[i]->key = arena_strdup(&set.arena,
		    keyer_assign(&keyer, set.recs[i]));
	keyer_release(&keyer);

	e = xcalloc(set.n + 1, sizeof(*e));
	buf_init(&fold);
	for (i = 0; i < set.n; i++) {
		e[i].rec = set.recs[i];
		e[i].opts = o;
		e[i].year = record_year(set.recs[i]);
		e[i].index = i;
		buf_reset(&fold);
		if (set.recs[i]->title != NULL)
			text_fold(&fold, set.recs[i]->title);
		e[i].title_fold = buf_detach(&fold);
	}
	buf_release(&fold);
	if (o->by == BY_AREA || o->by == BY_AREA_YEAR)
		areas = rank_areas(e, set.n, &nareas);
	qsort(e, set.n, sizeof(*e), cmp_entry);
	/* A write error is reported once, by main's check of stdout. */
	(void)write_listing(o, wr, &set, e, set.n, areas);
	for (i = 0; i < set.n; i++)
		free(e[i].title_fold);
	free(e);
	free(areas);
	recset_release(&set);
	return diag_status();
}

/*
 * Fills in what the command line left unset from the configuration:
 * list: {by: ..., format: ...}, the library, CSV neutralising, area
 * names.  EXIT_OK, or EXIT_USAGE after reporting a bad setting.
 */
static int
configure(struct list_opts *o, const struct config *cfg)
{
	int	 k;

	o->config = o->ro.config = cfg;
	output_config(&o->wo, cfg);
	if (!o->by_set && cfg->list.by.s != NULL) {
		if ((k = config_choice(&cfg->list.by, "list.by", by_names)) < 0)
			return EXIT_USAGE;
		o->by = (enum list_by)k;
	}
	if (o->writer == NULL && cfg->list.format.s != NULL &&
	    (o->writer = output_writer_config(&cfg->list.format,
	    "list.format", LIST_FORMATS)) == NULL)
		return EXIT_USAGE;
	if (o->writer == NULL)
		o->writer = &text_writer;
	return EXIT_OK;
}

int
cmd_list(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of",		required_argument,	NULL, OPT_AS_OF },
		{ "ascii",		no_argument,		NULL, OPT_ASCII },
		{ "bom",		no_argument,		NULL, OPT_BOM },
		{ "by",			required_argument,	NULL, OPT_BY },
		{ "color",		required_argument,	NULL, OPT_COLOR },
		{ "csv-raw",		no_argument,		NULL, OPT_CSV_RAW },
		{ "format",		required_argument,	NULL, 'F' },
		{ "fragment",		no_argument,		NULL, OPT_FRAGMENT },
		{ "help",		no_argument,		NULL, 'h' },
		{ "input-format",	required_argument,	NULL, 'f' },
		{ "library",		required_argument,	NULL, 'L' },
		{ "max",			required_argument,	NULL, OPT_MAX },
		{ "sort",		required_argument,	NULL, OPT_SORT },
		{ "width",		required_argument,	NULL, 'w' },
		{ NULL,			0,			NULL, 0 }
	};
	struct list_opts	 o;
	struct config		 cfg;
	int			 c, k, rc;

	memset(&o, 0, sizeof(o));
	o.by = BY_AREA;
	o.sort = SORT_DATE;
	o.wo.width = 80;
	o.wo.color = color_auto(STDOUT_FILENO);
	while ((c = getopt_long(argc, argv, ":F:L:f:hw:", longopts, NULL)) !=
	    -1) {
		if (input_option(&o.ro, c, optarg))
			continue;
		if ((rc = output_option(&o.wo, c, optarg, "list")) != 0) {
			if (rc < 0)
				return EXIT_USAGE;
			continue;
		}
		switch (c) {
		case 'F':
			if ((o.writer = output_writer(optarg, LIST_FORMATS,
			    "list")) == NULL)
				return EXIT_USAGE;
			break;
		case 'h':
			usage(stdout, true);
			return EXIT_OK;
		case OPT_BY:
			if ((k = usage_choice(optarg, by_names)) < 0) {
				diag_usage("list", "invalid --by '%s' "
				    "(area, year, area,year or none)", optarg);
				return EXIT_USAGE;
			}
			o.by = (enum list_by)k;
			o.by_set = true;
			break;
		case OPT_SORT:
			if ((k = usage_choice(optarg, sort_names)) < 0) {
				diag_usage("list", "invalid --sort '%s' "
				    "(date, title or area)", optarg);
				return EXIT_USAGE;
			}
			o.sort = (enum list_sort)k;
			break;
		default:
			usage_option_error("list", c, argv);
			usage(stderr, false);
			return EXIT_USAGE;
		}
	}
	if ((rc = config_load(&cfg)) != EXIT_OK)
		return rc;
	if ((rc = configure(&o, &cfg)) == EXIT_OK)
		rc = list(&o, argv + optind, argc - optind);
	config_release(&cfg);
	return rc;
}
