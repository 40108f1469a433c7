/*
 * The configuration file, pubtool-config(5): where it is, loading it,
 * and what the commands ask of it.  The file is parsed by yaml_config.c.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "area.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "stream.h"
#include "xalloc.h"

static int	 load_file(struct config *, const char *, bool);

void
config_init(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->csv_neutralise = true;
	arena_init(&cfg->arena);
}

void
config_release(struct config *cfg)
{
	arena_release(&cfg->arena);
	memset(cfg, 0, sizeof(*cfg));
}

char *
config_path(bool *named)
{
	const char	*env;
	struct buf	 b;

	*named = false;
	if ((env = getenv("PUBTOOL_CONFIG")) != NULL && *env != '\0') {
		*named = true;
		return xstrdup(env);
	}
	buf_init(&b);
	/* As for the library, relative XDG values are ignored. */
	if ((env = getenv("XDG_CONFIG_HOME")) != NULL && env[0] == '/')
		buf_addstr(&b, env);
	else if ((env = getenv("HOME")) != NULL && env[0] == '/') {
		buf_addstr(&b, env);
		buf_addstr(&b, "/.config");
	} else {
		buf_release(&b);
		return NULL;
	}
	buf_addstr(&b, "/pubtool/config.yaml");
	return buf_detach(&b);
}

/*
 * Reads the file at path into cfg; a default file that is missing is
 * read as empty.  Returns 0, or -1 after a diagnostic.
 */
static int
load_file(struct config *cfg, const char *path, bool named)
{
	struct stream	*in;
	int		 rc;

	if (!named && access(path, F_OK) != 0 &&
	    (errno == ENOENT || errno == ENOTDIR))
		return 0;
	if ((in = stream_open(path)) == NULL)
		return -1;
	rc = config_parse(cfg, in);
	stream_free(in);
	return rc;
}

int
config_load(struct config *cfg)
{
	unsigned long	 syserrs = diag_count(DIAG_SYSERR);
	char		*path;
	bool		 named;
	int		 rc = 0;

	config_init(cfg);
	if ((path = config_path(&named)) != NULL)
		rc = load_file(cfg, path, named);
	free(path);
	if (rc == 0)
		return EXIT_OK;
	config_release(cfg);
	return diag_count(DIAG_SYSERR) > syserrs ? EXIT_SYSTEM : EXIT_USAGE;
}

const char *
config_area_name(const struct config *cfg, const char *code)
{
	size_t	 i;

	if (code == NULL)
		return NULL;
	for (i = 0; cfg != NULL && i < cfg->nareas; i++)
		if (strcasecmp(cfg->areas[i].code, code) == 0)
			return cfg->areas[i].name;
	return area_name(code);
}

int
config_choice(const struct config_str *v, const char *what,
    const char *const *names)
{
	struct buf	 known;
	int		 i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(v->s, names[i]) == 0)
			return i;
	buf_init(&known);
	for (i = 0; names[i] != NULL; i++) {
		if (i > 0)
			buf_addstr(&known, names[i + 1] == NULL ? " or " :
			    ", ");
		buf_addstr(&known, names[i]);
	}
	diag(DIAG_ERROR, &v->pos, "invalid '%s' value '%s' (known: %s)", what,
	    v->s, buf_str(&known));
	buf_release(&known);
	return -1;
}
