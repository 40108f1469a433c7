#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "format.h"
#include "input.h"
#include "library.h"
#include "record.h"
#include "stream.h"

#define DETECT_BYTES	4096

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
	default:
		return false;
	}
}

bool
input_prepare(const char *cmd, const struct ropts *ro, struct readopts *opts,
    const struct reader **forced)
{
	*forced = NULL;
	if (ro->format != NULL &&
	    (*forced = format_reader(ro->format)) == NULL) {
		diag_usage(cmd, "unknown input format '%s' (known: %s)",
		    ro->format, format_reader_names());
		return false;
	}
	return date_asof(ro->as_of, &opts->asof);
}

/* Reads one input; returns 0, -1 on a read error, or a stop value. */
static int
read_one(const char *path, const struct reader *forced,
    const struct readopts *opts, const struct sink *sink,
    struct progress *progress)
{
	const struct reader	*r = forced;
	struct stream		*in;
	const char		*head;
	size_t			 len;
	int			 rc;

	if ((in = stream_open(path)) == NULL)
		return -1;
	stream_set_progress(in, progress);
	if (r == NULL) {
		head = stream_peek(in, DETECT_BYTES, &len);
		r = format_detect(head == NULL ? "" : head, len);
	}
	rc = r->read(in, opts, sink);
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
	struct readopts		 opts;
	char			*lib;
	int			 i, rc, result = 0;

	if (!input_prepare(cmd, ro, &opts, &forced) ||
	    !input_check_files(cmd, files, nfiles))
		return EXIT_USAGE;
	if (nfiles == 0 && (!use_library ||
	    (ro->library == NULL && !isatty(STDIN_FILENO))))
		return read_one("-", forced, &opts, sink, ro->progress);
	if (nfiles == 0) {
		if ((lib = library_path(ro->library)) == NULL)
			return -1;
		/* The library is pubtool YAML whatever -f says. */
		rc = library_check(lib, ro->library, true) != 0 ? -1 :
		    read_one(lib, &yaml_reader, &opts, sink, ro->progress);
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
