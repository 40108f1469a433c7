/*
 * pubtool filter: a streaming selector.  Records pass one at a time from
 * the common record parser through the predicates to the writer, so
 * memory does not grow with the input, and --limit stops reading early.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "config.h"
#include "color.h"
#include "diag.h"
#include "filter.h"
#include "format.h"
#include "input.h"
#include "key.h"
#include "output.h"
#include "record.h"
#include "usage.h"

/* The values of -F. */
#define FILTER_FORMATS	"yaml,text,bibtex,csv,csljson,ris,markdown,html"

/* A sink's stop value: --limit was reached. */
#define LIMIT_REACHED	200

enum {
	OPT_AREA = OPT_COMMAND_BASE,
	OPT_AUTHOR,
	OPT_CODE,
	OPT_FIRST_AUTHOR,
	OPT_GREP,
	OPT_INVERT,
	OPT_LIMIT,
	OPT_SINCE,
	OPT_TITLE,
	OPT_UNTIL,
	OPT_YEAR
};

struct filter_opts {
	struct ropts		 ro;
	struct filter_spec	 spec;
	const struct writer	*writer;
	struct wopts		 wo;
	bool			 has_limit;
	unsigned long		 limit;
};

/* What the sink needs while records stream through. */
struct filter_run {
	struct filter	 filter;
	struct output	 out;
	bool		 has_limit;
	unsigned long	 limit;
};

static const char synopsis[] =
    "usage: pubtool filter [--area CODES] [--since DATE] [--until DATE] "
    "[--year Y]\n"
    "                      [--author NAME [--first-author]] "
    "[--title PATTERN]\n"
    "                      [--grep TEXT] [--code] [--invert] [--limit N]\n"
    "                      [-F yaml|text|bibtex|csv|csljson|ris|markdown|html]\n"
    "                      [-w WIDTH] [--color WHEN] [--ascii] [--csv-raw] "
    "[--bom]\n"
    "                      [--fragment] [-f FORMAT] [-L LIBRARY] "
    "[--as-of DATE]\n"
    "                      [FILE ...]\n";

static void
usage(FILE *fp, bool full)
{
	fputs(synopsis, fp);
	if (!full)
		return;
	fputs("\nSelect papers; every criterion given must hold.\n\n"
	    "      --area CODES           in one of these areas (comma list; "
	    "CV is cs.CV)\n"
	    "      --since DATE           dated on or after DATE (YYYY, "
	    "YYYY-MM, YYYY-MM-DD)\n"
	    "      --until DATE           dated on or before DATE\n"
	    "      --year Y               dated in year Y\n"
	    "      --author NAME          with an author called NAME (case "
	    "and accents ignored)\n"
	    "      --first-author         only the first author counts for "
	    "--author\n"
	    "      --title PATTERN        title matches the extended regular "
	    "expression\n"
	    "      --grep TEXT            TEXT in the title, authors or "
	    "abstract\n"
	    "      --code                 code is available\n"
	    "      --invert               select the papers that do not "
	    "match\n"
	    "      --limit N              stop after N papers\n"
	    "  -F, --format FORMAT        yaml (default), text, bibtex, "
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
	    "  -L, --library LIBRARY      filter this library when no FILE "
	    "is given\n"
	    "      --as-of DATE           resolve dates without a year "
	    "(YYYY-MM-DD)\n"
	    "      --max NAME=N           change a limit on the input: field,\n"
	    "                             authors, depth or input (see pubtool(1))\n"
	    "  -h, --help                 show this help\n", fp);
}

static int
filter_record(void *arg, const struct record *rec)
{
	struct filter_run	*run = arg;
	int			 rc;

	if (run->has_limit && run->out.count >= run->limit)
		return LIMIT_REACHED;
	/*
	 * Every record got its key as it was read (output_key_at_read()),
	 * selected or not, so that the keys are those import -o gives the
	 * whole input.
	 */
	if (!filter_match(&run->filter, rec))
		return 0;
	if ((rc = output_record(&run->out, rec)) != 0)
		return rc;
	if (run->has_limit && run->out.count >= run->limit)
		return LIMIT_REACHED;
	return 0;
}

static int
filter_profile(void *arg, const struct profile *p)
{
	struct filter_run	*run = arg;

	return output_profile(&run->out, p);
}

static bool
parse_limit(const char *s, unsigned long *v)
{
	char	*end;

	errno = 0;
	*v = strtoul(s, &end, 10);
	return *s >= '0' && *s <= '9' && errno == 0 && *end == '\0';
}

static int
filter(const struct filter_opts *o, char **files, int nfiles)
{
	struct filter_run	 run;
	struct sink		 sink = { filter_record, filter_profile, &run };
	const struct reader	*forced;
	struct readopts		 ropts;
	struct ropts		 ro;
	int			 rc, status;

	memset(&run, 0, sizeof(run));
	/* Usage errors first: nothing is written before they are known. */
	if (!filter_init(&run.filter, &o->spec, "filter") ||
	    !input_prepare("filter", &o->ro, &ropts, &forced) ||
	    !input_check_files("filter", files, nfiles)) {
		filter_release(&run.filter);
		return EXIT_USAGE;
	}
	run.has_limit = o->has_limit;
	run.limit = o->limit;
	if (!output_open(&run.out, o->writer, NULL, &o->wo)) {
		filter_release(&run.filter);
		return EXIT_SYSTEM;
	}
	ro = o->ro;
	output_key_at_read(&run.out, &ro);
	rc = input_read("filter", files, nfiles, &ro, &sink, true);
	output_close(&run.out, true);
	filter_release(&run.filter);
	if (rc == EXIT_USAGE)
		return EXIT_USAGE;
	/* Like grep: 1 when nothing was selected, unless worse happened. */
	status = diag_status();
	if (status == EXIT_OK && run.out.count == 0)
		status = EXIT_NOMATCH;
	return status;
}

/*
 * Fills in what the command line left unset from the configuration:
 * filter: {format: ...}, the library, CSV neutralising.  EXIT_OK, or
 * EXIT_USAGE after reporting a bad setting.
 */
static int
configure(struct filter_opts *o, const struct config *cfg)
{
	o->ro.config = cfg;
	output_config(&o->wo, cfg);
	if (o->writer == NULL && cfg->filter.format.s != NULL &&
	    (o->writer = output_writer_config(&cfg->filter.format,
	    "filter.format", FILTER_FORMATS)) == NULL)
		return EXIT_USAGE;
	if (o->writer == NULL)
		o->writer = &yaml_writer;
	return EXIT_OK;
}

int
cmd_filter(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "area",		required_argument,	NULL, OPT_AREA },
		{ "as-of",		required_argument,	NULL, OPT_AS_OF },
		{ "ascii",		no_argument,		NULL, OPT_ASCII },
		{ "author",		required_argument,	NULL, OPT_AUTHOR },
		{ "bom",		no_argument,		NULL, OPT_BOM },
		{ "code",		no_argument,		NULL, OPT_CODE },
		{ "color",		required_argument,	NULL, OPT_COLOR },
		{ "csv-raw",		no_argument,		NULL, OPT_CSV_RAW },
		{ "first-author",	no_argument,		NULL,
		    OPT_FIRST_AUTHOR },
		{ "format",		required_argument,	NULL, 'F' },
		{ "fragment",		no_argument,		NULL, OPT_FRAGMENT },
		{ "grep",		required_argument,	NULL, OPT_GREP },
		{ "help",		no_argument,		NULL, 'h' },
		{ "input-format",	required_argument,	NULL, 'f' },
		{ "invert",		no_argument,		NULL, OPT_INVERT },
		{ "library",		required_argument,	NULL, 'L' },
		{ "max",			required_argument,	NULL, OPT_MAX },
		{ "limit",		required_argument,	NULL, OPT_LIMIT },
		{ "since",		required_argument,	NULL, OPT_SINCE },
		{ "title",		required_argument,	NULL, OPT_TITLE },
		{ "until",		required_argument,	NULL, OPT_UNTIL },
		{ "width",		required_argument,	NULL, 'w' },
		{ "year",		required_argument,	NULL, OPT_YEAR },
		{ NULL,			0,			NULL, 0 }
	};
	struct filter_opts	 o;
	struct config		 cfg;
	int			 c, rc;

	memset(&o, 0, sizeof(o));
	o.wo.width = 80;
	o.wo.color = color_auto(STDOUT_FILENO);
	while ((c = getopt_long(argc, argv, ":F:L:f:hw:", longopts, NULL)) !=
	    -1) {
		if (input_option(&o.ro, c, optarg))
			continue;
		if ((rc = output_option(&o.wo, c, optarg, "filter")) != 0) {
			if (rc < 0)
				return EXIT_USAGE;
			continue;
		}
		switch (c) {
		case 'F':
			if ((o.writer = output_writer(optarg, FILTER_FORMATS,
			    "filter")) == NULL)
				return EXIT_USAGE;
			break;
		case 'h':
			usage(stdout, true);
			return EXIT_OK;
		case OPT_AREA:
			o.spec.areas = optarg;
			break;
		case OPT_AUTHOR:
			o.spec.author = optarg;
			break;
		case OPT_CODE:
			o.spec.code = true;
			break;
		case OPT_FIRST_AUTHOR:
			o.spec.first_author = true;
			break;
		case OPT_GREP:
			o.spec.grep = optarg;
			break;
		case OPT_INVERT:
			o.spec.invert = true;
			break;
		case OPT_LIMIT:
			o.has_limit = true;
			if (!parse_limit(optarg, &o.limit)) {
				diag_usage("filter", "invalid --limit '%s' "
				    "(a whole number)", optarg);
				return EXIT_USAGE;
			}
			break;
		case OPT_SINCE:
			o.spec.since = optarg;
			break;
		case OPT_TITLE:
			o.spec.title = optarg;
			break;
		case OPT_UNTIL:
			o.spec.until = optarg;
			break;
		case OPT_YEAR:
			o.spec.year = optarg;
			break;
		default:
			usage_option_error("filter", c, argv);
			usage(stderr, false);
			return EXIT_USAGE;
		}
	}
	if ((rc = config_load(&cfg)) != EXIT_OK)
		return rc;
	if ((rc = configure(&o, &cfg)) == EXIT_OK)
		rc = filter(&o, argv + optind, argc - optind);
	config_release(&cfg);
	return rc;
}
