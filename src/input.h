#ifndef INPUT_H
#define INPUT_H

#include <stdbool.h>

#include "format.h"

struct config;
struct progress;
struct sink;

/* The limits --max names, in the order of struct limits. */
enum { LIMIT_FIELD, LIMIT_AUTHORS, LIMIT_DEPTH, LIMIT_INPUT, LIMIT_COUNT };

/* The reader options every reading command shares. */
struct ropts {
	const char	*format;	/* -f: forced input format, or NULL */
	const char	*library;	/* -L: library path, or NULL */
	const char	*as_of;		/* --as-of: YYYY-MM-DD, or NULL */
	const char	*max[LIMIT_COUNT]; /* --max: N for each limit, or NULL */
	const char	*max_bad;	/* a --max argument naming no limit */
	const struct config *config;	/* library: when -L is not given */
	struct progress	*progress;	/* counts the bytes read, or NULL */
	/* keys the records as they are read (readopts.keyer), or NULL */
	struct keyer	*keyer;
};

/* getopt_long values for the shared long-only options. */
enum {
	OPT_AS_OF = 256,
	OPT_BY,
	OPT_SORT,
	OPT_SKIP_INVALID,
	OPT_ASCII,
	OPT_CSV_RAW,
	OPT_BOM,
	OPT_MAX,
	OPT_FRAGMENT,
	OPT_COLOR,
	OPT_COMMAND_BASE = 512	/* a command's own long options from here */
};

/*
 * Takes a shared option (-f, -L, --as-of, --max) from getopt_long; false
 * when c is not one of them.
 */
bool	 input_option(struct ropts *, int c, const char *arg);
/*
 * Checks the shared options and works out the reader options; false
 * after a usage message.
 */
bool	 input_prepare(const char *cmd, const struct ropts *, struct readopts *,
	    const struct reader **forced);
/*
 * Checks the FILE operands before anything is read: standard input may
 * be named only once.  False after a usage message.
 */
bool	 input_check_files(const char *cmd, char **files, int nfiles);
/*
 * Reads the inputs of a command through the common record parser: every
 * FILE ("-" is standard input); with none, the library when -L was
 * given, else standard input when it is not a terminal, else the library
 * (the library only when use_library is set).  Each input's
 * format is detected from its content unless forced.  Returns 0, -1 if
 * an input could not be read (reported; the others are still read),
 * EXIT_USAGE after a usage message, or the sink's stop value.
 */
int	 input_read(const char *cmd, char **files, int nfiles,
	    const struct ropts *, const struct sink *, bool use_library);

#endif /* INPUT_H */
