#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"
#include "config.h"
#include "buf.h"
#include "color.h"
#include "diag.h"
#include "input.h"
#include "output.h"
#include "record.h"

int
output_option(struct wopts *wo, int c, const char *arg, const char *cmd)
{
	char		*end;
	unsigned long	 v;

	switch (c) {
	case 'w':
		errno = 0;
		v = strtoul(arg, &end, 10);
		if (*arg < '0' || *arg > '9' || errno != 0 || *end != '\0' ||
		    v > 10000) {
			diag_usage(cmd, "invalid width '%s' (0 to 10000)", arg);
			return -1;
		}
		wo->width = (unsigned)v;
		return 1;
	case OPT_ASCII:
		wo->ascii = true;
		return 1;
	case OPT_CSV_RAW:
		wo->csv_raw = true;
		return 1;
	case OPT_BOM:
		wo->bom = true;
		return 1;
	case OPT_FRAGMENT:
		wo->fragment = true;
		return 1;
	case OPT_COLOR:
		return color_option(arg, cmd, STDOUT_FILENO, &wo->color) ? 1 :
		    -1;
	default:
		return 0;
	}
}

/* The writer named name if allowed (a comma list) has it, else NULL. */
static const struct writer *
find_writer(const char *name, const char *allowed)
{
	const char	*p;
	size_t		 len = strlen(name);

	for (p = allowed; p != NULL; p = strchr(p, ',')) {
		if (*p == ',')
			p++;
		if (strncmp(p, name, len) == 0 &&
		    (p[len] == ',' || p[len] == '\0'))
			return format_writer(name);
	}
	return NULL;
}

/* The allowed names (a comma list) as "a, b, c", for messages. */
static void
known_names(struct buf *known, const char *allowed)
{
	const char	*p;

	buf_init(known);
	for (p = allowed; *p != '\0'; p++)
		if (*p == ',')
			buf_addstr(known, ", ");
		else
			buf_addc(known, *p);
}

const struct writer *
output_writer(const char *name, const char *allowed, const char *cmd)
{
	const struct writer	*w;
	struct buf		 known;

	if ((w = find_writer(name, allowed)) == NULL) {
		known_names(&known, allowed);
		diag_usage(cmd, "unknown output format '%s' (known: %s)", name,
		    buf_str(&known));
		buf_release(&known);
	}
	return w;
}

const struct writer *
output_writer_config(const struct config_str *v, const char *what,
    const char *allowed)
{
	const struct writer	*w;
	struct buf		 known;

	if ((w = find_writer(v->s, allowed)) == NULL) {
		known_names(&known, allowed);
		diag(DIAG_ERROR, &v->pos, "invalid '%s' value '%s' (known: %s)",
		    what, v->s, buf_str(&known));
		buf_release(&known);
	}
	return w;
}

void
output_config(struct wopts *wo, const struct config *cfg)
{
	wo->config = cfg;
	/* The configuration's owner wins over one a writer would guess. */
	if (cfg->owner != NULL)
		wo->owner = cfg->owner;
	if (!cfg->csv_neutralise)
		wo->csv_raw = true;
}

bool
output_open(struct output *o, const struct writer *w, const char *path,
    const struct wopts *wo)
{
	FILE	*fp = stdout;

	memset(o, 0, sizeof(*o));
	o->writer = w;
	o->path = path;
	if (path != NULL && strcmp(path, "-") != 0) {
		if ((o->atomic = atomic_open(path)) == NULL)
			return false;
		fp = atomic_file(o->atomic);
	}
	keyer_init(&o->keyer);
	o->state = w->open(fp, wo);
	return true;
}

void
output_key_at_read(struct output *o, struct ropts *ro)
{
	if (writer_writes_keys(o->writer))
		ro->keyer = &o->keyer;
	o->keyed = true;
}

int
output_record(struct output *o, const struct record *rec)
{
	struct record	 r = *rec;

	if (o->failed)
		return OUTPUT_FAILED;
	/* Keys the caller made unique need no second bookkeeping. */
	if ((!o->keyed || rec->key == NULL) && writer_writes_keys(o->writer))
		r.key = keyer_assign(&o->keyer, rec);
	if (o->writer->put(o->state, &r) != 0) {
		o->failed = true;
		return OUTPUT_FAILED;
	}
	o->count++;
	return 0;
}

int
output_profile(struct output *o, const struct profile *p)
{
	if (o->failed)
		return OUTPUT_FAILED;
	if (o->writer->profile == NULL)
		return 0;
	if (o->writer->profile(o->state, p) != 0) {
		o->failed = true;
		return OUTPUT_FAILED;
	}
	return 0;
}

int
output_close(struct output *o, bool commit)
{
	int	 rc = 0;

	if (o->writer->close(o->state) != 0)
		o->failed = true;
	keyer_release(&o->keyer);
	if (o->atomic == NULL)
		return o->failed ? -1 : 0;	/* main reports stdout */
	if (o->failed) {
		diag_errno(o->path, "write error");
		atomic_abort(o->atomic);
		rc = -1;
	} else if (commit)
		rc = atomic_commit(o->atomic);
	else
		atomic_abort(o->atomic);
	o->atomic = NULL;
	return rc;
}
