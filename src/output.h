#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "format.h"
#include "key.h"

struct atomic;
struct config;
struct config_str;
struct profile;
struct record;
struct ropts;

/*
 * Where the streaming commands (import -o, filter, cite) send records: a
 * writer on standard output or on a file that is replaced atomically when
 * the output is complete.  Records without a key get one from the keyer,
 * in the order they pass, so every output can be cited; not for a writer
 * that writes no keys (RF_KEY in its omits), which needs none.
 */
struct output {
	const struct writer	*writer;
	void			*state;
	struct keyer		 keyer;
	struct atomic		*atomic;	/* NULL for standard output */
	const char		*path;
	bool			 keyed;		/* records come with unique keys */
	bool			 failed;
	unsigned long		 count;		/* records written */
};

/*
 * Has the records keyed as they are read (ro->keyer) by the output's
 * keyer, which then keeps the BibTeX reader's entry keys too (key.h);
 * for a writer that writes no keys, no keyer at all.
 */
void	 output_key_at_read(struct output *, struct ropts *ro);

/* A sink's stop value: the output could not be written. */
#define OUTPUT_FAILED	100

/*
 * Takes an output option from getopt_long: -w/--width, --ascii,
 * --csv-raw, --bom, --fragment, --color (colour on standard output).
 * Returns 1 when taken, 0 when c is not one of them, -1 after a usage
 * message (a bad width or --color value).
 */
int	 output_option(struct wopts *, int c, const char *arg, const char *cmd);
/*
 * The writer for -F name among the allowed ones (a comma list such as
 * "yaml,text,bibtex,csv"); NULL after a usage message.
 */
const struct writer *output_writer(const char *name, const char *allowed,
	    const char *cmd);
/*
 * The same for a format set in the configuration file, the setting what
 * ("list.format"); NULL after an error at the setting's position.
 */
const struct writer *output_writer_config(const struct config_str *,
	    const char *what, const char *allowed);
/*
 * Applies the configuration to the writer options: wo->config is set,
 * and csv: {neutralise: false} turns --csv-raw on.
 */
void	 output_config(struct wopts *, const struct config *);

/*
 * Opens the output: path NULL or "-" is standard output.  Returns false
 * after a diagnostic.
 */
bool	 output_open(struct output *, const struct writer *, const char *path,
	    const struct wopts *);
/* Writes one record (with a key); 0, or OUTPUT_FAILED. */
int	 output_record(struct output *, const struct record *);
/* Writes a profile document if the writer has them; 0 or OUTPUT_FAILED. */
int	 output_profile(struct output *, const struct profile *);
/*
 * Finishes the output; a file is put in place only when commit is true
 * and nothing failed.  Returns 0, or -1 after a diagnostic (a failure on
 * standard output is left to main's final check).
 */
int	 output_close(struct output *, bool commit);

#endif /* OUTPUT_H */
