/*
 * The configuration reader, pubtool-config(5).  Like the record reader it
 * walks libyaml's events and accepts only its schema: one document, a
 * mapping of known keys, with no aliases, anchors or tags and at most
 * MAX_DEPTH levels of nesting.  Unlike the record reader it stops at the
 * first error, which it reports as FILE:LINE:COL: a configuration is
 * used whole or not at all.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "stream.h"
#include "strmap.h"
#include "text.h"
#include "yaml_event.h"

#define MAX_DEPTH	3	/* the file, a section, a list of aliases */

struct cparser {
	yaml_parser_t	 parser;
	yaml_event_t	 ev;		/* the event in hand */
	bool		 have_ev;
	struct stream	*in;
	struct config	*cfg;
	const char	*file;
	int		 depth;
	bool		 failed;	/* an error was reported */
	bool		 read_error;
	struct buf	 line;		/* the line being fed to libyaml */
	size_t		 line_off;	/* how much of it was fed */
	struct strmap	 spellings;	/* alias spelling -> its person */
};

/* A key of a mapping, with the value's event in hand. */
struct entry {
	const char	*key;
	const char	*path;		/* "list.format" for messages */
	yaml_mark_t	 mark;		/* where the key is */
};

typedef bool	(*entry_fn)(struct cparser *, const struct entry *, void *);

/* A key of the top-level mapping and what reads its value. */
struct top_key {
	const char	*name;
	entry_fn	 read;
};

/* A command's section: its name, where it goes, whether it has "by". */
struct section {
	const char	*name;
	size_t		 offset;	/* of its struct config_command */
	bool		 has_by;
};

static int	 read_handler(void *, unsigned char *, size_t, size_t *);
static bool	 fail(struct cparser *, yaml_mark_t, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static bool	 next(struct cparser *);
static const char *scalar(struct cparser *, const char *, bool);
static bool	 mapping(struct cparser *, const char *, entry_fn, void *);
static void	*push(struct arena *, void *, size_t, size_t);
static bool	 read_library(struct cparser *, const struct entry *, void *);
static bool	 read_owner(struct cparser *, const struct entry *, void *);
static bool	 read_area(struct cparser *, const struct entry *, void *);
static bool	 read_areas(struct cparser *, const struct entry *, void *);
static bool	 add_spelling(struct cparser *, const char *, const char *,
		    yaml_mark_t);
static bool	 read_alias(struct cparser *, const struct entry *, void *);
static bool	 read_aliases(struct cparser *, const struct entry *, void *);
static bool	 read_csv_key(struct cparser *, const struct entry *, void *);
static bool	 read_csv(struct cparser *, const struct entry *, void *);
static bool	 read_command_key(struct cparser *, const struct entry *,
		    void *);
static bool	 read_command(struct cparser *, const struct entry *, void *);
static bool	 read_top_key(struct cparser *, const struct entry *, void *);
static bool	 read_stream(struct cparser *);

static const struct top_key top_keys[] = {
	{ "aliases",	read_aliases },
	{ "areas",	read_areas },
	{ "cite",	read_command },
	{ "csv",	read_csv },
	{ "filter",	read_command },
	{ "library",	read_library },
	{ "list",	read_command },
	{ "owner",	read_owner },
	{ "stats",	read_command },
};

static const struct section sections[] = {
	{ "cite",	offsetof(struct config, cite),		false },
	{ "filter",	offsetof(struct config, filter),	false },
	{ "list",	offsetof(struct config, list),		true },
	{ "stats",	offsetof(struct config, stats),		true },
};

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Feeds libyaml one line at a time after checking it: invalid UTF-8, a
 * NUL byte or a control character is reported with its position, and
 * ends the input.
 */
static int
read_handler(void *data, unsigned char *buffer, size_t size,
    size_t *size_read)
{
	struct cparser	*p = data;
	struct srcpos	 pos;
	struct buf	 msg;
	const char	*s;
	size_t		 len, off, n;
	enum text_fault	 f;
	int		 got;

	while (p->line_off == p->line.len) {
		if ((got = stream_getline(p->in, &s, &len)) <= 0) {
			p->read_error = got < 0;
			*size_read = 0;
			return got == 0;
		}
		if ((f = text_check(s, len, &off)) != TEXT_OK) {
			pos.file = p->file;
			pos.line = stream_lineno(p->in);
			pos.col = text_col(s, off);
			buf_init(&msg);
			text_describe(&msg, f, s + off, len - off);
			diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
			buf_release(&msg);
			p->failed = true;
			return 0;
		}
		buf_reset(&p->line);
		p->line_off = 0;
		buf_add(&p->line, s, len);
		buf_addc(&p->line, '\n');
	}
	n = p->line.len - p->line_off;
	if (n > size)
		n = size;
	memcpy(buffer, p->line.data + p->line_off, n);
	p->line_off += n;
	*size_read = n;
	return 1;
}

/* Reports the first error, at mark; returns false to stop reading. */
static bool
fail(struct cparser *p, yaml_mark_t mark, const char *fmt, ...)
{
	struct srcpos	 pos;
	struct buf	 msg;
	va_list		 ap;

	if (p->failed)
		return false;
	p->failed = true;
	pos = yaml_mark_pos(p->file, mark);
	buf_init(&msg);
	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
	buf_release(&msg);
	return false;
}

/*
 * Moves to the next event, refusing aliases, anchors, tags and deep
 * nesting; false when reading must stop.
 */
static bool
next(struct cparser *p)
{
	const char	*fmt, *arg;

	if (p->have_ev)
		yaml_event_delete(&p->ev);
	p->have_ev = false;
	if (p->failed)
		return false;
	if (!yaml_parser_parse(&p->parser, &p->ev)) {
		/* Bad bytes and read errors were reported as they came. */
		if (!p->read_error && !p->failed)
			yaml_report_parser(p->file, &p->parser);
		p->failed = true;
		return false;
	}
	p->have_ev = true;
	if ((p->depth += yaml_event_depth(&p->ev)) > MAX_DEPTH)
		return fail(p, p->ev.start_mark, "nesting too deep (more than "
		    "%d levels)", MAX_DEPTH);
	if (yaml_event_refused(&p->ev, &fmt, &arg))
		return fail(p, p->ev.start_mark, fmt, arg);
	return true;
}

/*
 * The scalar in hand as the value of what (NULL: a key), checked and
 * copied into the configuration's arena, in NFC with its white space
 * collapsed when normalise is set (names), else byte for byte (paths);
 * NULL after reporting when it is not a non-empty string.
 */
static const char *
scalar(struct cparser *p, const char *what, bool normalise)
{
	const char	*s;
	size_t		 len, off;
	enum text_fault	 f;
	struct buf	 msg;

	if (p->ev.type != YAML_SCALAR_EVENT) {
		if (what == NULL)
			fail(p, p->ev.start_mark, "keys must be strings");
		else
			fail(p, p->ev.start_mark, "'%s' must be a string",
			    what);
		return NULL;
	}
	s = (const char *)p->ev.data.scalar.value;
	len = p->ev.data.scalar.length;
	if ((f = text_check(s, len, &off)) != TEXT_OK) {
		buf_init(&msg);
		text_describe(&msg, f, s + off, len - off);
		fail(p, p->ev.start_mark, "%s in %s%s%s", buf_str(&msg),
		    what == NULL ? "a key" : "'", what == NULL ? "" : what,
		    what == NULL ? "" : "'");
		buf_release(&msg);
		return NULL;
	}
	if (normalise)
		s = text_nfc(&p->cfg->arena, s, len, true);
	else
		s = arena_strndup(&p->cfg->arena, s, len);
	if (*s == '\0') {
		if (what == NULL)
			fail(p, p->ev.start_mark, "keys must not be empty");
		else
			fail(p, p->ev.start_mark, "'%s' must not be empty",
			    what);
		return NULL;
	}
	return s;
}

/*
 * Reads the mapping that starts with the event in hand, the value of
 * what (NULL for the file itself), calling fn for each key with its
 * value's event in hand.  Keys must be strings and appear once.
 */
static bool
mapping(struct cparser *p, const char *what, entry_fn fn, void *arg)
{
	struct strmap	 seen;
	struct buf	 path;
	struct entry	 e;
	bool		 ok = false;

	if (p->ev.type != YAML_MAPPING_START_EVENT)
		return what == NULL ? fail(p, p->ev.start_mark, "the "
		    "configuration must be a mapping") : fail(p,
		    p->ev.start_mark, "'%s' must be a mapping", what);
	strmap_init(&seen);
	buf_init(&path);
	while (next(p) && p->ev.type != YAML_MAPPING_END_EVENT) {
		e.mark = p->ev.start_mark;
		if ((e.key = scalar(p, NULL, true)) == NULL)
			break;
		buf_reset(&path);
		if (what != NULL)
			buf_addf(&path, "%s.", what);
		buf_addstr(&path, e.key);
		e.path = buf_str(&path);
		if (strmap_has(&seen, e.key)) {
			fail(p, e.mark, "duplicate key '%s'", e.path);
			break;
		}
		strmap_put(&seen, e.key, NULL);
		if (!next(p) || !fn(p, &e, arg))
			break;
	}
	ok = !p->failed;
	buf_release(&path);
	strmap_release(&seen);
	return ok;
}

/*
 * Room for element n+1 of an array of n elements in the arena: a new
 * array twice the size when n is 0 or a power of two.
 */
static void *
push(struct arena *a, void *v, size_t n, size_t size)
{
	void	*bigger;

	if (n != 0 && (n & (n - 1)) != 0)
		return v;
	bigger = arena_alloc(a, (n == 0 ? 1 : 2 * n) * size);
	if (n > 0)
		memcpy(bigger, v, n * size);
	return bigger;
}

/*
 * library: an absolute path, or one that starts with "~/" or is "~",
 * which stands for $HOME.  The path is kept byte for byte.
 */
static bool
read_library(struct cparser *p, const struct entry *e, void *arg)
{
	struct config	*cfg = p->cfg;
	const char	*s, *home = getenv("HOME");
	struct buf	 b;

	(void)arg;
	if ((s = scalar(p, e->path, false)) == NULL)
		return false;
	if (s[0] == '~' && s[1] != '\0' && s[1] != '/')
		return fail(p, p->ev.start_mark, "'~user' is not supported in "
		    "'%s'", e->path);
	if (s[0] == '~' && (home == NULL || home[0] != '/'))
		return fail(p, p->ev.start_mark, "cannot expand '~' in '%s': "
		    "HOME is not set", e->path);
	if (s[0] != '~' && s[0] != '/')
		return fail(p, p->ev.start_mark, "'%s' must be an absolute "
		    "path or start with '~/'", e->path);
	if (s[0] == '~') {
		buf_init(&b);
		buf_addstr(&b, home);
		buf_addstr(&b, s + 1);
		s = arena_strdup(&cfg->arena, buf_str(&b));
		buf_release(&b);
	}
	cfg->library.s = s;
	cfg->library.pos = yaml_mark_pos(p->file, p->ev.start_mark);
	return true;
}

/* owner: the profile owner's name. */
static bool
read_owner(struct cparser *p, const struct entry *e, void *arg)
{
	(void)arg;
	return (p->cfg->owner = scalar(p, e->path, true)) != NULL;
}

/* One entry of areas: a code and the name to show for it. */
static bool
read_area(struct cparser *p, const struct entry *e, void *arg)
{
	struct config		*cfg = p->cfg;
	struct config_area	*a;
	const char		*name;

	(void)arg;
	if ((name = scalar(p, e->path, true)) == NULL)
		return false;
	cfg->areas = push(&cfg->arena, cfg->areas, cfg->nareas,
	    sizeof(*cfg->areas));
	a = &cfg->areas[cfg->nareas++];
	a->code = e->key;
	a->name = name;
	return true;
}

/* areas: a mapping of area codes to names. */
static bool
read_areas(struct cparser *p, const struct entry *e, void *arg)
{
	(void)arg;
	return mapping(p, e->path, read_area, NULL);
}

/*
 * Notes that the spelling s, written at mark, is one of person's names;
 * a spelling may stand for one person only.
 */
static bool
add_spelling(struct cparser *p, const char *s, const char *person,
    yaml_mark_t mark)
{
	const char	*other;

	if ((other = strmap_get(&p->spellings, s)) != NULL)
		return strcmp(other, person) == 0 || fail(p, mark,
		    "'%s' is already a name of '%s'", s, other);
	strmap_put(&p->spellings, s, (void *)(uintptr_t)person);
	return true;
}

/* One entry of aliases: a name and a list of other spellings of it. */
static bool
read_alias(struct cparser *p, const struct entry *e, void *arg)
{
	struct config		*cfg = p->cfg;
	struct config_alias	*al;
	const char		*s;

	(void)arg;
	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return fail(p, p->ev.start_mark, "'%s' must be a list of "
		    "names", e->path);
	cfg->aliases = push(&cfg->arena, cfg->aliases, cfg->naliases,
	    sizeof(*cfg->aliases));
	al = &cfg->aliases[cfg->naliases++];
	memset(al, 0, sizeof(*al));
	al->name = e->key;
	if (!add_spelling(p, e->key, e->key, e->mark))
		return false;
	while (next(p) && p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((s = scalar(p, e->path, true)) == NULL ||
		    !add_spelling(p, s, e->key, p->ev.start_mark))
			return false;
		al->variants = push(&cfg->arena, al->variants, al->nvariants,
		    sizeof(*al->variants));
		al->variants[al->nvariants++] = s;
	}
	return !p->failed;
}

/* aliases: a mapping of names to lists of other spellings. */
static bool
read_aliases(struct cparser *p, const struct entry *e, void *arg)
{
	(void)arg;
	return mapping(p, e->path, read_alias, NULL);
}

/* A key of csv: only neutralise, true or false. */
static bool
read_csv_key(struct cparser *p, const struct entry *e, void *arg)
{
	int	 b;

	(void)arg;
	if (strcmp(e->key, "neutralise") != 0)
		return fail(p, e->mark, "unknown key '%s'", e->path);
	if (p->ev.type != YAML_SCALAR_EVENT ||
	    (b = yaml_scalar_bool(&p->ev)) < 0)
		return fail(p, p->ev.start_mark, "'%s' must be true or false",
		    e->path);
	p->cfg->csv_neutralise = b == 1;
	return true;
}

static bool
read_csv(struct cparser *p, const struct entry *e, void *arg)
{
	(void)arg;
	return mapping(p, e->path, read_csv_key, NULL);
}

/*
 * A key of a command's section: format, and by where the command has
 * --by.  The values are checked by the command, which knows them.
 */
static bool
read_command_key(struct cparser *p, const struct entry *e, void *arg)
{
	const struct section	*sec = arg;
	struct config_command	*cmd;
	struct config_str	*v;

	cmd = (struct config_command *)(void *)((char *)p->cfg + sec->offset);
	if (strcmp(e->key, "format") == 0)
		v = &cmd->format;
	else if (strcmp(e->key, "by") == 0 && sec->has_by)
		v = &cmd->by;
	else
		return fail(p, e->mark, "unknown key '%s'", e->path);
	v->pos = yaml_mark_pos(p->file, p->ev.start_mark);
	return (v->s = scalar(p, e->path, true)) != NULL;
}

static bool
read_command(struct cparser *p, const struct entry *e, void *arg)
{
	size_t	 i;

	(void)arg;
	for (i = 0; i < NITEMS(sections); i++)
		if (strcmp(sections[i].name, e->key) == 0)
			break;
	return mapping(p, e->path, read_command_key,
	    (void *)(uintptr_t)&sections[i]);
}

/* A key of the file's mapping, looked up in top_keys. */
static bool
read_top_key(struct cparser *p, const struct entry *e, void *arg)
{
	size_t	 i;

	(void)arg;
	for (i = 0; i < NITEMS(top_keys); i++)
		if (strcmp(top_keys[i].name, e->key) == 0)
			return top_keys[i].read(p, e, NULL);
	return fail(p, e->mark, "unknown key '%s'", e->path);
}

/*
 * Reads the stream: nothing, or one document that is empty or a
 * mapping.
 */
static bool
read_stream(struct cparser *p)
{
	if (!next(p) || p->ev.type != YAML_STREAM_START_EVENT || !next(p))
		return false;
	if (p->ev.type == YAML_STREAM_END_EVENT)
		return true;
	if (!next(p))
		return false;
	if (p->ev.type != YAML_SCALAR_EVENT || !yaml_is_plain(&p->ev) ||
	    p->ev.data.scalar.length != 0)
		if (!mapping(p, NULL, read_top_key, NULL))
			return false;
	if (!next(p) || !next(p))	/* the document end */
		return false;
	if (p->ev.type != YAML_STREAM_END_EVENT)
		return fail(p, p->ev.start_mark, "the configuration must be "
		    "one YAML document");
	return true;
}

int
config_parse(struct config *cfg, struct stream *in)
{
	struct cparser	 p;
	bool		 ok;

	memset(&p, 0, sizeof(p));
	p.in = in;
	p.cfg = cfg;
	p.file = cfg->path = arena_strdup(&cfg->arena, stream_name(in));
	buf_init(&p.line);
	strmap_init(&p.spellings);
	if (!yaml_parser_initialize(&p.parser)) {
		diag(DIAG_SYSERR, NULL, "cannot initialise the YAML parser");
		return -1;
	}
	yaml_parser_set_input(&p.parser, read_handler, &p);
	ok = read_stream(&p);
	if (p.have_ev)
		yaml_event_delete(&p.ev);
	yaml_parser_delete(&p.parser);
	strmap_release(&p.spellings);
	buf_release(&p.line);
	return ok && !p.failed ? 0 : -1;
}
