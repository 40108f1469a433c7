/*
 * pubtool import: reads papers through the common record parser and
 * merges them into the library, or with -o writes them as pubtool YAML
 * without touching the library.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "key.h"
#include "library.h"
#include "merge.h"
#include "output.h"
#include "progress.h"
#include "record.h"
#include "strmap.h"
#include "usage.h"

struct import_opts {
	struct ropts	 ro;
	const char	*output;	/* -o */
	const char	*format;	/* -F */
	bool		 quiet;
	bool		 skip_invalid;
};

/* State of a merge into the library. */
struct merge {
	struct recset	 lib;
	struct keyer	 keyer;
	struct strmap	 by_title;	/* identity -> record */
	struct strmap	 by_arxiv;
	struct strmap	 by_doi;
	struct buf	 id;
	struct counts {
		unsigned long	 added, updated, unchanged;
	}		 counts;
	bool		 profile_changed;
};

static const char synopsis[] =
    "usage: pubtool import [-q] [--skip-invalid] [-f FORMAT] [-F yaml]\n"
    "                      [-L LIBRARY | -o FILE] [--as-of DATE] [FILE ...]\n";

static void
usage(FILE *fp, bool full)
{
	fputs(synopsis, fp);
	if (!full)
		return;
	fputs("\nAdd papers to the library, or convert them with -o.\n\n"
	    "  -f, --input-format FORMAT  read FILEs as FORMAT: profile, yaml,\n"
	    "                             atom, dblp, bibtex, csv (default: detect)\n"
	    "  -F, --format FORMAT        output format for -o: yaml\n"
	    "  -L, --library LIBRARY      the library to merge into\n"
	    "  -o, --output FILE          write the records to FILE ('-': "
	    "standard output)\n"
	    "                             instead of merging them\n"
	    "      --as-of DATE           resolve dates without a year "
	    "(YYYY-MM-DD)\n"
	    "      --max NAME=N           change a limit on the input: field,\n"
	    "                             authors, depth or input (see pubtool(1))\n"
	    "      --skip-invalid         merge the good records even if "
	    "some were rejected\n"
	    "  -q, --quiet                no summary line\n"
	    "  -h, --help                 show this help\n", fp);
}

static int
convert_record(void *arg, const struct record *rec)
{
	return output_record(arg, rec);
}

static int
convert_profile(void *arg, const struct profile *p)
{
	return output_profile(arg, p);
}

/*
 * Should progress be shown?  Only on a terminal, without -q, and not when
 * the records themselves go to that terminal.
 */
static bool
show_progress(const struct import_opts *o)
{
	bool	 to_stdout = o->output != NULL && strcmp(o->output, "-") == 0;

	return !o->quiet && isatty(STDERR_FILENO) &&
	    !(to_stdout && isatty(STDOUT_FILENO));
}

/* import -o: streams every input record to the output. */
static int
convert(const struct import_opts *o, char **files, int nfiles)
{
	struct output	 out;
	struct sink	 sink = { convert_record, convert_profile, &out };
	struct sink	 counted;
	struct progress	 progress;
	struct ropts	 ro = o->ro;
	struct wopts	 wo = { 0 };
	int		 rc;

	if (!output_open(&out, format_writer(o->format), o->output, &wo))
		return EXIT_SYSTEM;
	output_key_at_read(&out, &ro);
	progress_init(&progress, stderr, "import", show_progress(o));
	progress_sink(&progress, &sink, &counted);
	ro.progress = &progress;
	rc = input_read("import", files, nfiles, &ro, &counted, false);
	progress_end(&progress);
	/* A partial file is never put in place. */
	output_close(&out, rc == 0 && diag_status() < EXIT_SYSTEM);
	if (rc == EXIT_USAGE)
		return EXIT_USAGE;
	return diag_status();
}

/* Appends the DOI in the form it is compared in: lower case. */
static void
doi_key(struct buf *b, const char *doi)
{
	buf_reset(b);
	for (; *doi != '\0'; doi++)
		buf_addc(b, (char)(*doi >= 'A' && *doi <= 'Z' ?
		    *doi - 'A' + 'a' : *doi));
}

/* Are two records' years, when both have one, at most one apart? */
static bool
near_years(const struct record *a, const struct record *b)
{
	int	 ya = record_year(a), yb = record_year(b);

	return ya == 0 || yb == 0 || (ya - yb <= 1 && yb - ya <= 1);
}

/*
 * Finds the library record that is the same paper as rec, if any: by
 * arXiv id, then DOI, then the title's identity with years at most one
 * apart (a preprint and its journal version).
 */
static struct record *
find_same(struct merge *m, const struct record *rec)
{
	struct record	*r = NULL;

	if (rec->arxiv != NULL)
		r = strmap_get(&m->by_arxiv, rec->arxiv);
	if (r == NULL && rec->doi != NULL) {
		doi_key(&m->id, rec->doi);
		r = strmap_get(&m->by_doi, buf_str(&m->id));
	}
	if (r == NULL && rec->title != NULL) {
		buf_reset(&m->id);
		key_identity(&m->id, rec->title);
		/* A title of punctuation alone identifies nothing. */
		if (m->id.len > 0)
			r = strmap_get(&m->by_title, buf_str(&m->id));
		if (r != NULL && !near_years(r, rec))
			r = NULL;
	}
	return r;
}

/* Makes r findable by its identity, arXiv id and DOI. */
static void
index_record(struct merge *m, struct record *r)
{
	buf_reset(&m->id);
	if (r->title != NULL)
		key_identity(&m->id, r->title);
	if (m->id.len > 0 && !strmap_has(&m->by_title, buf_str(&m->id)))
		strmap_put(&m->by_title, arena_strdup(&m->lib.arena,
		    buf_str(&m->id)), r);
	if (r->arxiv != NULL && !strmap_has(&m->by_arxiv, r->arxiv))
		strmap_put(&m->by_arxiv, r->arxiv, r);
	if (r->doi != NULL) {
		doi_key(&m->id, r->doi);
		if (!strmap_has(&m->by_doi, buf_str(&m->id)))
			strmap_put(&m->by_doi, arena_strdup(&m->lib.arena,
			    buf_str(&m->id)), r);
	}
}

/*
 * A paper new in this run (its key not yet stored) takes the least of
 * the keys its inputs give, whatever order they come in; a stored key
 * never changes.
 */
static void
take_key(struct merge *m, struct record *old, const struct record *rec)
{
	if (rec->key == NULL || (old->key != NULL &&
	    (keyer_is_used(&m->keyer, old->key) ||
	    strcmp(rec->key, old->key) >= 0)))
		return;
	old->key = arena_strdup(&m->lib.arena, rec->key);
}

static int
merge_one(void *arg, const struct record *rec)
{
	struct merge	*m = arg;
	struct record	*old, *r;

	if ((old = find_same(m, rec)) != NULL) {
		take_key(m, old, rec);
		if (merge_record(&m->lib.arena, old, rec)) {
			m->counts.updated++;
			/* A new arXiv id, DOI or title must find it too. */
			index_record(m, old);
		} else
			m->counts.unchanged++;
		return 0;
	}
	/* Its key comes at the end, when everything is merged. */
	r = recset_add(&m->lib, rec);
	index_record(m, r);
	m->counts.added++;
	return 0;
}

static int
merge_profile(void *arg, const struct profile *p)
{
	struct merge	*m = arg;

	if (!m->lib.has_profile || !profile_equal(&m->lib.profile, p))
		m->profile_changed = true;
	m->lib.profile = *p;
	m->lib.has_profile = true;
	return 0;
}

/* strcmp() with NULL first. */
static int
cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/*
 * The order new papers get their keys in, so that a suffix ("a", "b")
 * does not depend on the order of the inputs: by what the papers are.
 */
static int
cmp_content(const void *pa, const void *pb)
{
	const struct record	*a = *(const struct record *const *)pa;
	const struct record	*b = *(const struct record *const *)pb;
	int			 c;

	if ((c = cmp_str(a->date, b->date)) != 0 ||
	    (c = cmp_str(a->title, b->title)) != 0 ||
	    (c = cmp_str(a->authors.n > 0 ? a->authors.v[0] : NULL,
	    b->authors.n > 0 ? b->authors.v[0] : NULL)) != 0 ||
	    (c = cmp_str(a->arxiv, b->arxiv)) != 0 ||
	    (c = cmp_str(a->doi, b->doi)) != 0 ||
	    (c = cmp_str(a->venue, b->venue)) != 0)
		return c;
	return cmp_str(a->key, b->key);
}

/* The library's order: newest first, then by key (keys are unique). */
static int
cmp_stored(const void *pa, const void *pb)
{
	const struct record	*a = *(const struct record *const *)pa;
	const struct record	*b = *(const struct record *const *)pb;
	int			 c;

	if ((c = cmp_str(b->date, a->date)) != 0)
		return c;
	return cmp_str(a->key, b->key);
}

/*
 * Gives the papers new in this run, recs[from..], their keys from their
 * merged fields, then puts the library in its order: the result does
 * not depend on the order the inputs came in.
 */
static void
settle(struct merge *m, size_t from)
{
	struct record	**fresh = m->lib.recs + from;
	size_t		  i, n = m->lib.n - from;

	qsort(fresh, n, sizeof(*fresh), cmp_content);
	for (i = 0; i < n; i++)
		fresh[i]->key = arena_strdup(&m->lib.arena,
		    keyer_assign(&m->keyer, fresh[i]));
	qsort(m->lib.recs, m->lib.n, sizeof(*m->lib.recs), cmp_stored);
}

/*
 * Prints what an input brought, the difference between now and before:
 * "FILE: 50 records: 48 new, 2 updated, 0 unchanged[, 1 rejected]"; with
 * no FILE, the total over every input.
 */
static void
summary(const char *file, const struct counts *now,
    const struct counts *before, unsigned long rejected)
{
	unsigned long	 added, updated, unchanged, total;

	added = now->added - before->added;
	updated = now->updated - before->updated;
	unchanged = now->unchanged - before->unchanged;
	total = added + updated + unchanged;
	if (file == NULL)
		fputs("total: ", stderr);
	else
		fprintf(stderr, "%s: ", strcmp(file, "-") == 0 ? "<stdin>" :
		    file);
	fprintf(stderr, "%lu %s: %lu new, %lu updated, %lu unchanged", total,
	    total == 1 ? "record" : "records", added, updated, unchanged);
	if (rejected > 0)
		fprintf(stderr, ", %lu rejected", rejected);
	fputc('\n', stderr);
}

/*
 * Sets *path to the library's path (free()), reading the configuration
 * only when -L and PUBTOOL_LIBRARY do not give it; import -o never reads
 * it.  Returns EXIT_OK, or the status of a reported error.
 */
static int
import_library(const struct import_opts *o, char **path)
{
	struct config	 cfg;
	int		 rc;

	if (library_given(o->ro.library) != NULL)
		*path = library_path(o->ro.library, NULL);
	else if ((rc = config_load(&cfg)) != EXIT_OK)
		return rc;
	else {
		*path = library_path(NULL, &cfg);
		config_release(&cfg);
	}
	return *path != NULL ? EXIT_OK : EXIT_SYSTEM;
}

/*
 * import into the library: under the writers' lock, read the library,
 * merge every input record into it and replace it atomically, unless
 * something was rejected (and --skip-invalid not given) or nothing
 * changed.
 */
static int
merge(const struct import_opts *o, char **files, int nfiles)
{
	struct merge	 m;
	struct sink	 sink = { merge_one, merge_profile, &m };
	struct sink	 counted;
	struct progress	 progress;
	struct ropts	 ro = o->ro;
	const struct reader *forced;
	struct readopts	 opts;
	struct counts	 before;
	unsigned long	 lib_errors, errors, rejected, rejects;
	char		*path;
	size_t		 i, stored;
	int		 lock = -1, rc = EXIT_OK;

	if (!input_prepare("import", &o->ro, &opts, &forced) ||
	    !input_check_files("import", files, nfiles))
		return EXIT_USAGE;
	if ((rc = import_library(o, &path)) != EXIT_OK)
		return rc;
	if (library_check(path, o->ro.library, false) != 0) {
		free(path);
		return EXIT_SYSTEM;
	}
	memset(&m, 0, sizeof(m));
	progress_init(&progress, stderr, "import", show_progress(o));
	progress_sink(&progress, &sink, &counted);
	ro.progress = &progress;
	recset_init(&m.lib);
	keyer_init(&m.keyer);
	strmap_init(&m.by_title);
	strmap_init(&m.by_arxiv);
	strmap_init(&m.by_doi);
	buf_init(&m.id);
	if ((lock = library_lock(path)) == -1) {
		rc = EXIT_SYSTEM;
		goto out;
	}
	lib_errors = diag_count(DIAG_ERROR);
	if (library_load(path, &m.lib, &opts) != 0) {
		rc = EXIT_SYSTEM;
		goto out;
	}
	if (diag_count(DIAG_ERROR) > lib_errors) {
		diag(DIAG_ERROR, NULL, "library '%s' has the errors above and "
		    "was not changed; fix them, or import into another with -L",
		    path);
		rc = EXIT_DATA;
		goto out;
	}
	for (i = 0; i < m.lib.n; i++) {
		if (m.lib.recs[i]->key != NULL)
			keyer_reserve(&m.keyer, m.lib.recs[i]->key);
		index_record(&m, m.lib.recs[i]);
	}
	/* Records stored without a key get one now, in library order. */
	for (i = 0; i < m.lib.n; i++)
		if (m.lib.recs[i]->key == NULL)
			m.lib.recs[i]->key = arena_strdup(&m.lib.arena,
			    keyer_assign(&m.keyer, m.lib.recs[i]));
	stored = m.lib.n;
	/* One input at a time, to say what each one brought. */
	for (i = 0; i < (size_t)(nfiles > 0 ? nfiles : 1); i++) {
		before = m.counts;
		rejects = diag_rejects();
		rc = input_read("import", files + i, nfiles > 0 ? 1 : 0,
		    &ro, &counted, false);
		progress_clear(&progress);
		if (rc == EXIT_USAGE)
			goto out;
		if (!o->quiet)
			summary(nfiles > 0 ? files[i] : "-", &m.counts,
			    &before, diag_rejects() - rejects);
		if (rc != 0)
			break;
	}
	errors = diag_count(DIAG_ERROR) - lib_errors;
	rejected = diag_rejects();
	if (!o->quiet && nfiles > 1) {
		memset(&before, 0, sizeof(before));
		summary(NULL, &m.counts, &before, rejected);
	}
	if (rc != 0 || diag_status() == EXIT_SYSTEM) {
		diag(DIAG_SYSERR, NULL, "library '%s' not changed", path);
		rc = EXIT_SYSTEM;
		goto out;
	}
	if (errors > 0 && !o->skip_invalid) {
		diag(DIAG_ERROR, NULL, "library '%s' not changed: %lu %s in "
		    "the input (use --skip-invalid to import the rest)", path,
		    errors, errors == 1 ? "error" : "errors");
		rc = EXIT_DATA;
		goto out;
	}
	settle(&m, stored);
	if ((m.counts.added > 0 || m.counts.updated > 0 || m.profile_changed) &&
	    library_save(path, &m.lib) != 0)
		rc = EXIT_SYSTEM;
	else
		rc = diag_status();
out:
	progress_end(&progress);
	library_unlock(lock);
	buf_release(&m.id);
	strmap_release(&m.by_doi);
	strmap_release(&m.by_arxiv);
	strmap_release(&m.by_title);
	keyer_release(&m.keyer);
	recset_release(&m.lib);
	free(path);
	return rc;
}

int
cmd_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as-of",		required_argument,	NULL, OPT_AS_OF },
		{ "format",		required_argument,	NULL, 'F' },
		{ "help",		no_argument,		NULL, 'h' },
		{ "input-format",	required_argument,	NULL, 'f' },
		{ "library",		required_argument,	NULL, 'L' },
		{ "max",			required_argument,	NULL, OPT_MAX },
		{ "output",		required_argument,	NULL, 'o' },
		{ "quiet",		no_argument,		NULL, 'q' },
		{ "skip-invalid",	no_argument,		NULL,
		    OPT_SKIP_INVALID },
		{ NULL,			0,			NULL, 0 }
	};
	struct import_opts	 o;
	int			 c;

	memset(&o, 0, sizeof(o));
	o.format = "yaml";
	while ((c = getopt_long(argc, argv, ":F:L:f:ho:q", longopts, NULL)) !=
	    -1) {
		if (input_option(&o.ro, c, optarg))
			continue;
		switch (c) {
		case 'F':
			o.format = optarg;
			break;
		case 'h':
			usage(stdout, true);
			return EXIT_OK;
		case 'o':
			o.output = optarg;
			break;
		case 'q':
			o.quiet = true;
			break;
		case OPT_SKIP_INVALID:
			o.skip_invalid = true;
			break;
		default:
			usage_option_error("import", c, argv);
			usage(stderr, false);
			return EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (strcmp(o.format, "yaml") != 0) {
		diag_usage("import", "unknown output format '%s' (known: "
		    "yaml)", o.format);
		return EXIT_USAGE;
	}
	if (o.output != NULL && o.ro.library != NULL) {
		diag_usage("import", "-L and -o cannot be used together");
		return EXIT_USAGE;
	}
	if (argc == 0 && isatty(STDIN_FILENO)) {
		diag_usage("import", "no input: give FILE, or '-' to read "
		    "the terminal");
		usage(stderr, false);
		return EXIT_USAGE;
	}
	if (o.output != NULL)
		return convert(&o, argv, argc);
	return merge(&o, argv, argc);
}
