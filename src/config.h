#ifndef CONFIG_H
#define CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

struct stream;

/*
 * The user's configuration file, pubtool-config(5): by default
 * $XDG_CONFIG_HOME/pubtool/config.yaml, or the file $PUBTOOL_CONFIG
 * names.  Command-line options win over it, and the environment too
 * (PUBTOOL_LIBRARY over library:); it wins over the built-in defaults.
 * Every string is valid NFC UTF-8 borrowed from the arena, valid until
 * config_release().
 */

/* A string setting and where the file gave it (for messages). */
struct config_str {
	const char	*s;		/* NULL: not set */
	struct srcpos	 pos;
};

/* areas: one code and the name to show for it. */
struct config_area {
	const char	*code;
	const char	*name;
};

/* aliases: one person's name and the other spellings of it. */
struct config_alias {
	const char	 *name;
	const char	**variants;
	size_t		  nvariants;
};

/* A command's defaults: <command>: {format: F, by: B}. */
struct config_command {
	struct config_str	 format;	/* for -F */
	struct config_str	 by;		/* for --by (list, stats) */
};

struct config {
	const char		*path;		/* the file read; NULL: none */
	struct config_str	 library;	/* absolute, ~ expanded */
	const char		*owner;		/* NULL: not set */
	struct config_area	*areas;
	size_t			 nareas;
	struct config_alias	*aliases;
	size_t			 naliases;
	bool			 csv_neutralise; /* csv: {neutralise: B} */
	struct config_command	 list, filter, cite, stats;
	struct arena		 arena;
};

/* An empty configuration: nothing set, CSV cells neutralised. */
void	 config_init(struct config *);
void	 config_release(struct config *);
/*
 * The path of the configuration file: $PUBTOOL_CONFIG when set and not
 * empty, else $XDG_CONFIG_HOME/pubtool/config.yaml (XDG_CONFIG_HOME
 * defaulting to ~/.config).  NULL when there is none (HOME is unset).
 * Owned by the caller (free()); *named is set when PUBTOOL_CONFIG named
 * it.
 */
char	*config_path(bool *named);
/*
 * Initialises cfg and reads the configuration file into it.  A default
 * file that does not exist is no error.  Returns EXIT_OK; EXIT_USAGE
 * after reporting an invalid file ("FILE:LINE:COL: error: ..."), or
 * EXIT_SYSTEM when it cannot be read, with cfg released either way.
 */
int	 config_load(struct config *cfg);
/*
 * Parses a configuration file from in into cfg (freshly initialised).
 * Stops at the first error.  Returns 0, or -1 after reporting it.
 * (yaml_config.c)
 */
int	 config_parse(struct config *cfg, struct stream *in);
/*
 * The name to show for an area code: the configuration's (codes compare
 * ignoring case), else the built-in taxonomy's (area_name()), else
 * NULL, as for a NULL code.  cfg may be NULL.
 */
const char *config_area_name(const struct config *cfg, const char *code);
/*
 * The index of v->s in the NULL-terminated names, for the setting what
 * ("list.by"); -1 after reporting "invalid value" at its position.
 */
int	 config_choice(const struct config_str *v, const char *what,
	    const char *const *names);

#endif /* CONFIG_H */
