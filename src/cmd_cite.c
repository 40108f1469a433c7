/*
 * pubtool cite: citations for every input record, or for the records
 * with the given keys in the order given.  Without keys the records
 * stream straight through; with keys only the wanted ones are kept.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "key.h"
#include "output.h"
#include "record.h"
#include "strmap.h"
#include "usage.h"
#include "xalloc.h"

/* The values of -F ("text" is ref_writer, a reference list). */
#define CITE_FORMATS	"bibtex,text,csv,yaml,csljson,ris"

struct cite_opts {
	struct ropts		 ro;
	const struct writer	*writer;
	struct wopts		 wo;
	char			**inputs;	/* -i FILE ... */
	int			 ninputs;
};

/* Cite with keys: the wanted records, found by key as they pass. */
struct cite_pick {
	struct keyer	 keyer;		/* keys every record as it is read */
	struct strmap	 wanted;	/* key -> record copy, or NULL */
	struct strmap	 cited;		/* keys already written */
	struct recset	 found;
};

static const char synopsis[] =
    "usage: pubtool cite [-F bibtex|text|csv|yaml|csljson|ris] [--ascii] "
    "[--csv-raw]\n"
    "                    [--bom] [-w WIDTH] [-i FILE]... [-f FORMAT] "
    "[-L LIBRARY]\n"
    "                    [--as-of DATE] [KEY ...]\n";

static void
usage(FILE *fp, bool full)
{
	fputs(synopsis, fp);
	if (!full)
		return;
	fputs("\nWrite citations for the papers with the KEYs given, in that "
	    "order, or for\nevery paper read.\n\n"
	    "  -F, --format FORMAT        bibtex (default), text, csv, "
	    "yaml, csljson\n"
	    "                             or ris\n"
	    "      --ascii                BibTeX in ASCII, with LaTeX "
	    "accents\n"
	    "      --csv-raw              CSV cells as they are, formulas "
	    "not neutralised\n"
	    "      --bom                  start CSV with a byte order mark "
	    "(for Excel)\n"
	    "  -w, --width WIDTH          wrap references at WIDTH columns "
	    "(default 0: never)\n"
	    "  -i, --input FILE           read FILE ('-': standard input); "
	    "may be repeated\n"
	    "  -f, --input-format FORMAT  read inputs as FORMAT: profile, yaml,\n"
	    "                             atom, dblp, bibtex, csv (default: detect)\n"
	    "  -L, --library LIBRARY      cite from this library when no "
	    "input is given\n"
	    "      --as-of DATE           resolve dates without a year "
	    "(YYYY-MM-DD)\n"
	    "      --max NAME=N           change a limit on the input: field,\n"
	    "                             authors, depth or input (see pubtool(1))\n"
	    "  -h, --help                 show this help\n", fp);
}

static int
stream_record(void *arg, const struct record *rec)
{
	return output_record(arg, rec);
}

/* A profile's figures pass through to YAML output (others drop them). */
static int
stream_profile(void *arg, const struct profile *p)
{
	return output_profile(arg, p);
}

static int
pick_record(void *arg, const struct record *rec)
{
	struct cite_pick	*p = arg;

	/*
	 * The keys came from p->keyer as the records were read: the same as
	 * cite without KEYs (and import -o) would give.
	 */
	if (!strmap_has(&p->wanted, rec->key) ||
	    strmap_get(&p->wanted, rec->key) != NULL)
		return 0;
	strmap_put(&p->wanted, rec->key, recset_add(&p->found, rec));
	return 0;
}

/* cite KEY...: keeps the wanted records, then writes them in order. */
static int
cite_keys(const struct cite_opts *o, char **keys, int nkeys)
{
	struct cite_pick	 p;
	struct sink		 sink = { pick_record, NULL, &p };
	struct output		 out;
	const struct record	*r;
	struct ropts		 ro = o->ro;
	int			 i, rc, missing = 0;

	keyer_init(&p.keyer);
	ro.keyer = &p.keyer;
	strmap_init(&p.wanted);
	strmap_init(&p.cited);
	recset_init(&p.found);
	for (i = 0; i < nkeys; i++)
		strmap_put(&p.wanted, keys[i], NULL);
	rc = input_read("cite", o->inputs, o->ninputs, &ro, &sink, true);
	/* Usage errors come out of input_read before anything is written. */
	if (rc != EXIT_USAGE && output_open(&out, o->writer, NULL, &o->wo)) {
		for (i = 0; i < nkeys; i++) {
			if ((r = strmap_get(&p.wanted, keys[i])) == NULL) {
				diag_usage("cite", "key '%s' not found",
				    keys[i]);
				missing++;
				continue;
			}
			/* A key given twice is cited once. */
			if (strmap_has(&p.cited, keys[i]))
				continue;
			strmap_put(&p.cited, keys[i], NULL);
			if (output_record(&out, r) != 0)
				break;
		}
		output_close(&out, true);
	}
	recset_release(&p.found);
	strmap_release(&p.cited);
	strmap_release(&p.wanted);
	keyer_release(&p.keyer);
	if (rc == EXIT_USAGE)
		return EXIT_USAGE;
	rc = diag_status();
	return rc == EXIT_OK && missing > 0 ? EXIT_NOMATCH : rc;
}

/* cite without keys: every record streams to the writer. */
static int
cite_all(const struct cite_opts *o)
{
	struct output	 out;
	struct sink	 sink = { stream_record, stream_profile, &out };
	const struct reader *forced;
	struct readopts	 ropts;
	struct ropts	 ro = o->ro;
	int		 rc;

	/* Usage errors first: nothing is written before they are known. */
	if (!input_prepare("cite", &o->ro, &ropts, &forced) ||
	    !input_check_files("cite", o->inputs, o->ninputs))
		return EXIT_USAGE;
	if (!output_open(&out, o->writer, NULL, &o->wo))
		return EXIT_SYSTEM;
	output_key_at_read(&out, &ro);
	rc = input_read("cite", o->inputs, o->ninputs, &ro, &sink, true);
	output_close(&out, true);
	return rc == EXIT_USAGE ? EXIT_USAGE : diag_status();
}

/*
 * Fills in what the command line left unset from the configuration:
 * cite: {format: ...}, the library, CSV neutralising.  EXIT_OK, or
 * EXIT_USAGE after reporting a bad setting.
 */
static int
configure(struct cite_opts *o, const struct config *cfg)
{
	const struct config_str	*f = &cfg->cite.format;

	o->ro.config = cfg;
	output_config(&o->wo, cfg);
	if (o->writer != NULL)
		return EXIT_OK;
	if (f->s == NULL)
		o->writer = &bibtex_writer;
	else if (strcmp(f->s, "text") == 0)
		o->writer = &ref_writer;	/* as with -F text */
	else if ((o->writer = output_writer_config(f, "cite.format",
	    CITE_FORMATS)) == NULL)
		return EXIT_USAGE;
	return EXIT_OK;
}

int
cmd_cite(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of",		required_argument,	NULL, OPT_AS_OF },
		{ "ascii",		no_argument,		NULL, OPT_ASCII },
		{ "bom",		no_argument,		NULL, OPT_BOM },
		{ "csv-raw",		no_argument,		NULL, OPT_CSV_RAW },
		{ "format",		required_argument,	NULL, 'F' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "input",		required_argument,	NULL, 'i' },
		{ "input-format",	required_argument,	NULL, 'f' },
		{ "library",		required_argument,	NULL, 'L' },
		{ "max",			required_argument,	NULL, OPT_MAX },
		{ "width",		required_argument,	NULL, 'w' },
		{ NULL,			0,			NULL, 0 }
	};
	struct cite_opts	 o;
	struct config		 cfg;
	int			 c, rc;

	memset(&o, 0, sizeof(o));
	o.inputs = xcalloc((size_t)argc + 1, sizeof(*o.inputs));
	while ((c = getopt_long(argc, argv, ":F:L:f:hi:w:", longopts, NULL)) !=
	    -1) {
		if (input_option(&o.ro, c, optarg))
			continue;
		if ((rc = output_option(&o.wo, c, optarg, "cite")) != 0) {
			if (rc < 0)
				goto usage_error;
			continue;
		}
		switch (c) {
		case 'F':
			/* "text" here is a reference list, not a listing. */
			if (strcmp(optarg, "text") == 0)
				o.writer = &ref_writer;
			else if ((o.writer = output_writer(optarg,
			    CITE_FORMATS, "cite")) == NULL)
				goto usage_error;
			break;
		case 'h':
			usage(stdout, true);
			free(o.inputs);
			return EXIT_OK;
		case 'i':
			o.inputs[o.ninputs++] = optarg;
			break;
		default:
			usage_option_error("cite", c, argv);
			usage(stderr, false);
			goto usage_error;
		}
	}
	argc -= optind;
	argv += optind;
	if ((rc = config_load(&cfg)) != EXIT_OK)
		goto out;
	if ((rc = configure(&o, &cfg)) == EXIT_OK)
		rc = argc > 0 ? cite_keys(&o, argv, argc) : cite_all(&o);
	config_release(&cfg);
out:
	free(o.inputs);
	return rc;
usage_error:
	free(o.inputs);
	return EXIT_USAGE;
}
