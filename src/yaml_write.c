/*
 * The pubtool YAML writer (pubtool-records(5)): one document per record,
 * every string double-quoted so that no YAML 1.1 or 1.2 reader retypes
 * "no", "1010.1010" or "2024-05-27", numbers and booleans plain, no
 * anchors, no tags, no line folding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "format.h"
#include "record.h"
#include "xalloc.h"

struct ywriter {
	yaml_emitter_t	 emitter;
	FILE		*fp;
	bool		 failed;
};

static void	*yw_open(FILE *, const struct wopts *);
static int	 yw_put(void *, const struct record *);
static int	 yw_profile(void *, const struct profile *);
static int	 yw_close(void *);

const struct writer yaml_writer = {
	"yaml", yw_open, yw_put, NULL, yw_profile, yw_close
};

static int
write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct ywriter	*w = data;

	if (fwrite(buffer, 1, size, w->fp) != size) {
		w->failed = true;
		return 0;
	}
	return 1;
}

/* Emits an event; false when the emitter failed (a write error). */
static bool
emit(struct ywriter *w, yaml_event_t *ev)
{
	if (w->failed) {
		yaml_event_delete(ev);
		return false;
	}
	if (!yaml_emitter_emit(&w->emitter, ev)) {
		w->failed = true;
		return false;
	}
	return true;
}

static bool
scalar(struct ywriter *w, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t	 ev;

	if (!yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)s, (int)strlen(s), 1, 1, style)) {
		w->failed = true;
		return false;
	}
	return emit(w, &ev);
}

static bool
key(struct ywriter *w, const char *k)
{
	return scalar(w, k, YAML_PLAIN_SCALAR_STYLE);
}

static bool
string(struct ywriter *w, const char *k, const char *v)
{
	if (v == NULL)
		return true;
	return key(w, k) && scalar(w, v, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

static bool
plain(struct ywriter *w, const char *k, const char *v)
{
	return key(w, k) && scalar(w, v, YAML_PLAIN_SCALAR_STYLE);
}

static bool
list(struct ywriter *w, const char *k, const struct strlist *l)
{
	yaml_event_t	 ev;
	size_t		 i;

	if (l->n == 0)
		return true;
	if (!key(w, k))
		return false;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
	    YAML_BLOCK_SEQUENCE_STYLE);
	if (!emit(w, &ev))
		return false;
	for (i = 0; i < l->n; i++)
		if (!scalar(w, l->v[i], YAML_DOUBLE_QUOTED_SCALAR_STYLE))
			return false;
	yaml_sequence_end_event_initialize(&ev);
	return emit(w, &ev);
}

static bool
mapping_start(struct ywriter *w)
{
	yaml_event_t	 ev;

	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	    YAML_BLOCK_MAPPING_STYLE);
	return emit(w, &ev);
}

static bool
mapping_end(struct ywriter *w)
{
	yaml_event_t	 ev;

	yaml_mapping_end_event_initialize(&ev);
	return emit(w, &ev);
}

static bool
document_start(struct ywriter *w)
{
	yaml_event_t	 ev;

	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0);
	return emit(w, &ev) && mapping_start(w);
}

static bool
document_end(struct ywriter *w)
{
	yaml_event_t	 ev;

	if (!mapping_end(w))
		return false;
	yaml_document_end_event_initialize(&ev, 1);
	return emit(w, &ev);
}

static void *
yw_open(FILE *fp, const struct wopts *opts)
{
	struct ywriter	*w;
	yaml_event_t	 ev;

	(void)opts;
	w = xcalloc(1, sizeof(*w));
	w->fp = fp;
	if (!yaml_emitter_initialize(&w->emitter)) {
		free(w);
		return NULL;
	}
	yaml_emitter_set_output(&w->emitter, write_handler, w);
	yaml_emitter_set_unicode(&w->emitter, 1);
	yaml_emitter_set_width(&w->emitter, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(w, &ev);
	return w;
}

static int
yw_put(void *state, const struct record *r)
{
	struct ywriter	*w = state;
	bool		 ok;

	ok = document_start(w) &&
	    string(w, "key", r->key) &&
	    string(w, "title", r->title) &&
	    list(w, "authors", &r->authors) &&
	    (!r->et_al || plain(w, "et_al", "true")) &&
	    list(w, "orgs", &r->orgs) &&
	    string(w, "area", r->area) &&
	    string(w, "date", r->date) &&
	    (!r->code || plain(w, "code", "true")) &&
	    (r->score == NULL || plain(w, "score", r->score)) &&
	    string(w, "abstract", r->abstract) &&
	    string(w, "arxiv", r->arxiv) &&
	    string(w, "doi", r->doi) &&
	    string(w, "venue", r->venue) &&
	    string(w, "url", r->url) &&
	    string(w, "pages", r->pages) &&
	    string(w, "volume", r->volume) &&
	    list(w, "sources", &r->sources) &&
	    document_end(w);
	return ok ? 0 : -1;
}

/* Writes one figure when the profile gave it. */
static bool
figure(struct ywriter *w, const char *k, long v)
{
	char	 num[32];

	if (v < 0)
		return true;
	snprintf(num, sizeof(num), "%ld", v);
	return plain(w, k, num);
}

static int
yw_profile(void *state, const struct profile *p)
{
	struct ywriter	*w = state;
	bool		 ok;

	ok = document_start(w) && key(w, "profile") && mapping_start(w) &&
	    figure(w, "h_index", p->h_index) &&
	    figure(w, "papers", p->papers) &&
	    figure(w, "citations", p->citations) &&
	    figure(w, "novelty", p->novelty) &&
	    figure(w, "ai_score", p->ai_score) &&
	    figure(w, "listed", p->listed) &&
	    mapping_end(w) && document_end(w);
	return ok ? 0 : -1;
}

static int
yw_close(void *state)
{
	struct ywriter	*w = state;
	yaml_event_t	 ev;
	int		 rc;

	if (w == NULL)
		return -1;
	yaml_stream_end_event_initialize(&ev);
	emit(w, &ev);
	if (!w->failed && !yaml_emitter_flush(&w->emitter))
		w->failed = true;
	rc = w->failed ? -1 : 0;
	yaml_emitter_delete(&w->emitter);
	free(w);
	return rc;
}

const char *
yaml_lib_version(void)
{
	return yaml_get_version_string();
}
