#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "diag.h"
#include "format.h"
#include "input.h"
#include "library.h"
#include "pipeline.h"
#include "progress.h"
#include "record.h"
#include "stream.h"

#define DETECT_BYTES	4096
#define PIPELINE_MIN_BYTES	(256 * 1024)

static const char *const limit_names[LIMIT_COUNT] = {
	"field", "authors", "depth", "input"
};

/* --max NAME=N: keeps N for input_prepare(), or the whole bad argument. */
static void
take_max(struct ropts *ro, const char *arg)
{
	const char	*eq;
	size_t		 i;

	if ((eq = strchr(arg, '=')) != NULL)
		for (i = 0; i < LIMIT_COUNT; i++)
			if (strlen(limit_names[i]) == (size_t)(eq - arg) &&
			    strncmp(limit_names[i], arg, (size_t)(eq - arg)) ==
			    0) {
				ro->max[i] = eq + 1;
				return;
			}
	if (ro->max_bad == NULL)
		ro->max_bad = arg;
}

/*
 * A limit's value: a decimal number with an optional K, M or G suffix
 * (binary multiples), from lo to hi.  False for anything else.
 */
static bool
parse_size(const char *s, unsigned long long lo, unsigned long long hi,
    unsigned long long *out)
{
	unsigned long long	 v;
	char			*end;
	unsigned		 shift = 0;

	if (!isdigit((unsigned char)*s))
		return false;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return false;
	if (*end != '\0' && end[1] == '\0') {
		switch (*end) {
		case 'K': case 'k': shift = 10; break;
		case 'M': case 'm': shift = 20; break;
		case 'G': case 'g': shift = 30; break;
		default: return false;
		}
		end++;
	}
	if (*end != '\0' || (shift > 0 && v > (hi >> shift)))
		return false;
	v <<= shift;
	if (v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* Applies the --max options to the default limits. */
static bool
set_limits(const char *cmd, const struct ropts *ro, struct limits *lim)
{
	static const unsigned long long hi[LIMIT_COUNT] = {
		LIMIT_FIELD_MAX, LIMIT_AUTHORS_MAX, LIMIT_DEPTH_MAX,
		~0ULL
	};
	unsigned long long	 v;
	size_t			 i;

	*lim = limits_default;
	if (ro->max_bad != NULL) {
		diag_usage(cmd, "invalid --max '%s' (NAME=N, NAME one of "
		    "field, authors, depth, input)", ro->max_bad);
		return false;
	}
	for (i = 0; i < LIMIT_COUNT; i++) {
		if (ro->max[i] == NULL)
			continue;
		if (!parse_size(ro->max[i], i == LIMIT_INPUT ? 0 : 1, hi[i],
		    &v)) {
			diag_usage(cmd, "invalid --max %s=%s (a number from "
			    "%d to %llu, with K, M or G for 1024, 1024^2 or "
			    "1024^3)", limit_names[i], ro->max[i],
			    i == LIMIT_INPUT ? 0 : 1, hi[i]);
			return false;
		}
		switch (i) {
		case LIMIT_FIELD: lim->field = (size_t)v; break;
		case LIMIT_AUTHORS: lim->authors = (size_t)v; break;
		case LIMIT_DEPTH: lim->depth = (size_t)v; break;
		default: lim->input = v; break;
		}
	}
	return true;
}

bool
input_option(struct ropts *ro, int c, const char *arg)
{
	switch (c) {
	case 'f':
		ro->format = arg;
		return true;
	case 'L':
		ro->library = arg;
		return true;
	case OPT_AS_OF:
		ro->as_of = arg;
		return true;
	case OPT_MAX:
		take_max(ro, arg);
		return true;
	default:
		return false;
	}
}

bool
input_prepare(const char *cmd, const struct ropts *ro, struct readopts *opts,
    const struct reader **forced)
{
	*forced = NULL;
	opts->thread = false;	/* read_one() decides for each input */
	opts->finish_later = false;
	opts->keyer = ro->keyer;
	if (ro->format != NULL &&
	    (*forced = format_reader(ro->format)) == NULL) {
		diag_usage(cmd, "unknown input format '%s' (known: %s)",
		    ro->format, format_reader_names());
		return false;
	}
	return set_limits(cmd, ro, &opts->limits) &&
	    date_asof(ro->as_of, &opts->asof);
}

/* May an input be read in a thread of its own?  PUBTOOL_THREADS=1: no. */
static bool
two_threads(void)
{
	const char	*v = getenv("PUBTOOL_THREADS");

	return v == NULL || strcmp(v, "1") != 0;
}

/* Reads one input; returns 0, -1 on a read error, or a stop value. */
static int
read_one(const char *path, const struct reader *forced,
    const struct readopts *opts, const struct sink *sink,
    struct progress *progress)
{
	const struct reader	*r = forced;
	struct stream		*in;
	struct readopts		 ro;
	const char		*head;
	size_t			 len;
	int			 rc;

	if ((in = stream_open(path)) == NULL)
		return -1;
	stream_limit(in, opts->limits.input);
	stream_set_progress(in, progress);
	if (r == NULL) {
		head = stream_peek(in, DETECT_BYTES, &len);
		r = format_detect(head == NULL ? "" : head, len);
	}
	/*
	 * A second thread pays for its start (some 50 microseconds) only on
	 * an input of some size, or one whose size is unknown; not while the
	 * progress line, which counts the bytes as they are read, is shown;
	 * not with PUBTOOL_THREADS=1.
	 */
	ro = *opts;
	ro.thread = !stream_is_short(in, PIPELINE_MIN_BYTES) &&
	    (progress == NULL || !progress->on) && two_threads();
	rc = pipeline_read(r, in, &ro, sink);
	stream_free(in);
	return rc;
}

bool
input_check_files(const char *cmd, char **files, int nfiles)
{
	int	 i, seen = 0;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") == 0 && seen++ > 0) {
			diag_usage(cmd, "standard input ('-') given twice");
			return false;
		}
	return true;
}

int
input_read(const char *cmd, char **files, int nfiles, const struct ropts *ro,
    const struct sink *sink, bool use_library)
{
	const struct reader	*forced;
	struct readopts		 opts, libopts;
	char			*lib;
	int			 i, rc, result = 0;

	if (!input_prepare(cmd, ro, &opts, &forced) ||
	    !input_check_files(cmd, files, nfiles))
		return EXIT_USAGE;
	if (nfiles == 0 && (!use_library ||
	    (ro->library == NULL && !isatty(STDIN_FILENO))))
		return read_one("-", forced, &opts, sink, ro->progress);
	if (nfiles == 0) {
		if ((lib = library_path(ro->library, ro->config)) == NULL)
			return -1;
		/* The library is pubtool YAML whatever -f and --max say. */
		libopts = opts;
		libopts.limits = limits_none;
		rc = library_check(lib, ro->library, true) != 0 ? -1 :
		    read_one(lib, &yaml_reader, &libopts, sink, ro->progress);
		free(lib);
		return rc;
	}
	for (i = 0; i < nfiles; i++) {
		rc = read_one(files[i], forced, &opts, sink, ro->progress);
		if (rc > 0)
			return rc;
		if (rc < 0)
			result = -1;
	}
	return result;
}
