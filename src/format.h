#ifndef FORMAT_H
#define FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "date.h"

struct arena;
struct buf;
struct config;
struct keyer;
struct profile;
struct record;
struct sink;
struct stream;

/*
 * What one input may hold (pubtool(1), LIMITS); --max NAME=N changes
 * each.  The library, which pubtool wrote, is read with limits_none.
 */
struct limits {
	size_t		 field;		/* bytes of a value, profile line or CSV row */
	size_t		 authors;	/* authors of one record */
	size_t		 depth;		/* nesting of BibTeX braces, XML elements */
	unsigned long long input;	/* bytes of one input; 0 for no limit */
};

/* The largest values --max accepts. */
#define LIMIT_FIELD_MAX		(1024UL * 1024 * 1024)
#define LIMIT_AUTHORS_MAX	10000000UL
#define LIMIT_DEPTH_MAX		4096UL

extern const struct limits limits_default;
extern const struct limits limits_none;

/* What every reader needs besides its input. */
struct readopts {
	struct ymd	 asof;	/* resolves dates given without a year */
	struct limits	 limits;
	bool		 thread;	/* may parse in a thread of its own */
	/*
	 * The reader may leave work to its finish(), which the thread that
	 * takes the records does (pipeline.c sets it in the reading thread).
	 */
	bool		 finish_later;
	/*
	 * When not NULL: gives the records their keys as they are read
	 * (pipeline_read()), and keeps the BibTeX reader's entry keys.
	 */
	struct keyer	*keyer;
};

/*
 * A reader parses one input and hands each good record to the sink.  A
 * bad record is reported with diag() and skipped.  Returns 0, -1 when
 * the input could not be read, or the sink's non-zero stop value.
 */
struct reader {
	const char	*name;
	int		(*read)(struct stream *, const struct readopts *,
			    const struct sink *);
	/*
	 * Should pipeline_read() run it in a thread of its own when the
	 * input may have one (readopts.thread)?  Not the XML readers, as
	 * libxml2 keeps its state for the thread that loaded it, nor the
	 * YAML reader, which has libyaml parse in a thread instead.
	 */
	bool		 threaded;
	/*
	 * When not NULL: completes a record read with finish_later, before
	 * the sink sees it; what it makes is borrowed from the arena, and
	 * scratch is a buffer for its work.  A reader's own thread is its
	 * bottleneck: this balances the work of the two.
	 */
	void		(*finish)(struct record *, struct arena *,
			    struct buf *scratch);
};

/* Options a writer may honour; zero is the default for each. */
struct wopts {
	unsigned	 width;		/* text: columns, 0 for no wrapping */
	bool		 ascii;		/* bibtex: LaTeX escapes, only ASCII out */
	bool		 csv_raw;	/* csv: do not neutralise formula cells */
	bool		 bom;		/* csv: start with a UTF-8 byte order mark */
	bool		 fragment;	/* html: the listing without a document */
	/*
	 * The user's configuration, or NULL: the owner (config->owner and
	 * config->aliases) for writers that mark the owner's name.
	 */
	const struct config *config;
	bool		 color;		/* text: SGR colours (color.h) */
	const char	*owner;		/* text: the owner's name, or NULL */
};

/*
 * A writer: open() writes any header and returns private state; put()
 * writes one record; section() starts a group of count records at a
 * nesting level (0 or 1) and may be NULL; profile() writes a profile's
 * figures and may be NULL; close() writes any footer and frees the state.
 * Each returns 0, or -1 when writing failed.
 */
struct writer {
	const char	*name;
	void		*(*open)(FILE *, const struct wopts *);
	int		 (*put)(void *, const struct record *);
	int		 (*section)(void *, const char *title, size_t count,
			    int level);
	int		 (*profile)(void *, const struct profile *);
	int		 (*close)(void *);
	/*
	 * The string fields it never writes, bits (1u << RF_x): a command
	 * that holds records until it writes them leaves those out, and
	 * keys are not made for a writer that omits RF_KEY.
	 */
	unsigned	 omits;
};

extern const struct reader profile_reader;
extern const struct reader yaml_reader;
extern const struct reader atom_reader;
extern const struct reader dblp_reader;
extern const struct reader bibtex_reader;
extern const struct reader csv_reader;
extern const struct writer yaml_writer;
extern const struct writer text_writer;	/* listing by area and date */
extern const struct writer ref_writer;	/* one reference per record */
extern const struct writer bibtex_writer;
extern const struct writer csv_writer;
extern const struct writer markdown_writer;	/* listing for a README */
extern const struct writer html_writer;		/* listing for a web page */
extern const struct writer csljson_writer;
extern const struct writer ris_writer;

/*
 * NULL for an unknown name.  The writer named "text" is the listing; cite
 * asks for ref_writer by itself.
 */
const struct reader *format_reader(const char *name);
const struct writer *format_writer(const char *name);
/* Does w write keys (RF_KEY not among its omits)?  Else none are made. */
bool	 writer_writes_keys(const struct writer *w);
/* Names of the known readers, comma separated, for messages. */
const char *format_reader_names(void);
/* The version of libyaml in use, e.g. "0.2.5". */
const char *yaml_lib_version(void);
/* Guesses the format from the first bytes of an input. */
const struct reader *format_detect(const char *head, size_t len);

#endif /* FORMAT_H */
