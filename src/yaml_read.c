/*
 * The pubtool YAML reader (pubtool-records(5)).  It walks libyaml's
 * events and accepts only the record schema: a stream of documents, each
 * a mapping of known fields, with no aliases, anchors or tags, no
 * duplicate keys and at most MAX_DEPTH levels of nesting.  Nesting is
 * checked on every event, so "[" repeated a million times is refused at
 * once instead of costing libyaml quadratic time.  A bad document is
 * reported and skipped; a syntax error ends the input.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "pipeline.h"
#include "record.h"
#include "stream.h"
#include "swar.h"
#include "text.h"
#include "xalloc.h"
#include "yaml_event.h"

#define MAX_DEPTH	4	/* document mapping, a list or the profile */
#define MAX_FIGURE	999999999999999L

enum ftype { FT_STRING, FT_TEXT, FT_LIST, FT_BOOL, FT_NUMBER, FT_DATE };

/* The record schema as data: YAML key, type and where the value goes. */
static const struct field {
	const char	*name;
	enum ftype	 type;
	int		 which;	/* enum record_field or list/bool index */
} fields[] = {
	{ "key",	FT_STRING,	RF_KEY },
	{ "title",	FT_STRING,	RF_TITLE },
	{ "authors",	FT_LIST,	0 },
	{ "et_al",	FT_BOOL,	0 },
	{ "orgs",	FT_LIST,	1 },
	{ "area",	FT_STRING,	RF_AREA },
	{ "date",	FT_DATE,	RF_DATE },
	{ "code",	FT_BOOL,	1 },
	{ "score",	FT_NUMBER,	RF_SCORE },
	{ "abstract",	FT_TEXT,	RF_ABSTRACT },
	{ "arxiv",	FT_STRING,	RF_ARXIV },
	{ "doi",	FT_STRING,	RF_DOI },
	{ "venue",	FT_STRING,	RF_VENUE },
	{ "url",	FT_STRING,	RF_URL },
	{ "pages",	FT_STRING,	RF_PAGES },
	{ "volume",	FT_STRING,	RF_VOLUME },
	{ "sources",	FT_LIST,	2 },
};

#define NFIELDS	(sizeof(fields) / sizeof(fields[0]))

static const char *const figures[] = {
	"h_index", "papers", "citations", "novelty", "ai_score", "listed"
};

/*
 * With a relay (pipeline.h), libyaml parses in a thread of its own, which
 * hands over its events, the lines it found bad and its failure, in
 * order; the fields parser, line, line_off and read_error are then that
 * thread's until it ends.
 */
enum parsed_kind { PARSED_EVENT, PARSED_BAD_LINE, PARSED_FAILED };

struct parsed {
	enum parsed_kind	 kind;
	yaml_event_t		 ev;		/* PARSED_EVENT */
	unsigned long		 line;		/* PARSED_BAD_LINE */
	bool			 read_error;	/* PARSED_FAILED */
};

struct yreader {
	yaml_parser_t		 parser;
	struct relay		*relay;		/* the parsing thread's, or NULL */
	struct relay		*worker;	/* the same, in that thread */
	yaml_event_t		 ev;	/* the event in hand */
	bool			 have_ev;
	struct stream		*in;
	const struct sink	*sink;
	size_t			 max_field;	/* bytes of one value */
	const char		*file;
	int			 depth;
	bool			 fatal;		/* stop reading this input */
	bool			 read_error;
	bool			 bad_doc;	/* the document was reported */
	int			 stop;		/* the sink's stop value */
	struct arena		 arena;
	struct record		 rec;
	struct profile		 profile;
	struct buf		 line;		/* the line being fed to libyaml */
	size_t			 line_off;	/* how much of it was fed */
	const char		*pending;	/* a bad line read, not yet fed */
	size_t			 pending_len;
	unsigned long		*bad_lines;	/* lines with bad bytes, ascending */
	size_t			 nbad;
	size_t			 bad_next;	/* first not yet before a document */
};

static int	 yaml_read(struct stream *, const struct readopts *,
		    const struct sink *);
static void	 copy_event(struct arena *, yaml_event_t *,
		    const yaml_event_t *);

const struct reader yaml_reader = { "yaml", yaml_read, false, NULL };

/*
 * text_check() in one pass that skips printable ASCII, which is most of
 * pubtool's text, and leaves the other characters one by one to
 * text_check() (a lead byte with as many bytes as it announces, so that
 * the answer and *off are the same).  *ascii tells whether s is all
 * ASCII, which NFC leaves alone.
 */
static enum text_fault
check_text(const char *s, size_t len, size_t *off, bool *ascii)
{
	enum text_fault	 f;
	unsigned char	 c;
	size_t		 i = 0, n;

	*ascii = true;
	while ((i += printable_span(s + i, len - i)) < len) {
		c = (unsigned char)s[i];
		n = c < 0xC0 || c >= 0xF8 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		if (n > len - i)
			n = len - i;
		if ((f = text_check(s + i, n, off)) != TEXT_OK) {
			*off += i;
			return f;
		}
		*ascii = *ascii && c < 0x80;
		i += n;
	}
	return TEXT_OK;
}

/* Notes that line had bad bytes, for the document that holds it. */
static void
note_bad_line(struct yreader *y, unsigned long line)
{
	if (y->nbad % 16 == 0)
		y->bad_lines = xreallocarray(y->bad_lines, y->nbad + 16,
		    sizeof(*y->bad_lines));
	y->bad_lines[y->nbad++] = line;
}

/* note_bad_line(), by way of the relay in the parsing thread. */
static void
bad_line(struct yreader *y, unsigned long line)
{
	struct parsed	*p;
	struct arena	*a;

	if (y->worker == NULL)
		note_bad_line(y, line);
	else if ((p = relay_put(y->worker, &a)) != NULL) {
		p->kind = PARSED_BAD_LINE;
		p->line = line;
	}
}

/*
 * Checks a line that is about to be fed to libyaml: a line with invalid
 * UTF-8, a NUL byte or a control character is reported here, with its
 * position, and its bad bytes are replaced by '?' so that libyaml goes on;
 * the document holding the line is dropped when it ends.  (libyaml would
 * stop at the first bad byte, losing the good documents around it.)
 */
static void
check_line(struct yreader *y, char *s, size_t len)
{
	struct srcpos	 pos;
	struct buf	 msg;
	size_t		 off, n;
	enum text_fault	 f;
	bool		 ascii;

	for (n = 0; (f = check_text(s + n, len - n, &off, &ascii)) != TEXT_OK;
	    n += off + 1) {
		if (n == 0) {
			pos.file = y->file;
			pos.line = stream_lineno(y->in);
			pos.col = text_col(s, off);
			buf_init(&msg);
			text_describe(&msg, f, s + off, len - off);
			diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
			buf_release(&msg);
			bad_line(y, pos.line);
		}
		s[n + off] = '?';
	}
}

/*
 * Feeds libyaml whole lines, each checked by check_line(): the next line
 * (waiting for it), then the lines after it that have been read already
 * and fit, so that libyaml asks once for many lines (asked a line at a
 * time, its parser took 7% longer) yet never for a line before its
 * scanner reaches what comes before that line: records are written as
 * soon as they are read from a pipe.  A line with bad bytes waits to be
 * the first of the next call, so that it is reported after the errors of
 * the documents before it, as libyaml comes to it.  A line longer than
 * libyaml's buffer goes through y->line in pieces.
 */
static int
read_handler(void *data, unsigned char *buffer, size_t size,
    size_t *size_read)
{
	struct yreader	*y = data;
	const char	*s;
	size_t		 len, used, n, off;
	bool		 ascii;
	int		 got = 1;

	if (y->line_off == y->line.len) {
		if (y->pending != NULL) {
			s = y->pending;
			len = y->pending_len;
			y->pending = NULL;
		} else if ((got = stream_getline(y->in, &s, &len)) < 0) {
			y->read_error = true;
			return 0;
		}
		*size_read = 0;
		if (got == 0)
			return 1;
		if (len < size) {
			memcpy(buffer, s, len);
			buffer[len] = '\n';
			check_line(y, (char *)buffer, len);
			used = len + 1;
			while (stream_getline_read(y->in, size - used, &s, &len)) {
				if (check_text(s, len, &off, &ascii) != TEXT_OK) {
					y->pending = s;
					y->pending_len = len;
					break;
				}
				memcpy(buffer + used, s, len);
				buffer[used + len] = '\n';
				used += len + 1;
			}
			*size_read = used;
			return 1;
		}
		buf_reset(&y->line);
		y->line_off = 0;
		buf_add(&y->line, s, len);
		buf_addc(&y->line, '\n');
		check_line(y, y->line.data, len);
	}
	n = y->line.len - y->line_off;
	if (n > size)
		n = size;
	memcpy(buffer, y->line.data + y->line_off, n);
	y->line_off += n;
	*size_read = n;
	return 1;
}

/*
 * Was a line from first to last (1-based) reported as bad?  Documents are
 * asked in order, so the list is walked once.
 */
static bool
has_bad_line(struct yreader *y, unsigned long first, unsigned long last)
{
	while (y->bad_next < y->nbad && y->bad_lines[y->bad_next] < first)
		y->bad_next++;
	return y->bad_next < y->nbad && y->bad_lines[y->bad_next] <= last;
}

/* The position of a libyaml mark in this input. */
static struct srcpos
mark_pos(const struct yreader *y, yaml_mark_t m)
{
	return yaml_mark_pos(y->file, m);
}

/* Reports a schema error once per document; the document is dropped. */
static void
bad(struct yreader *y, yaml_mark_t m, const char *fmt, const char *arg)
{
	struct srcpos	 pos;

	if (y->bad_doc)
		return;
	y->bad_doc = true;
	pos = mark_pos(y, m);
	diag(DIAG_ERROR, &pos, fmt, arg);
}

/*
 * The parsing thread: parses every event and hands it over, until the
 * end of the stream, a failure, or the relay stops.
 */
static int
parse_events(struct relay *rl, void *arg)
{
	struct yreader	*y = arg;
	struct parsed	*p;
	struct arena	*a;
	yaml_event_t	 ev;
	yaml_event_type_t type = YAML_NO_EVENT;
	int		 ok, depth = 0;

	y->worker = rl;
	do {
		ok = yaml_parser_parse(&y->parser, &ev);
		if ((p = relay_put(rl, &a)) == NULL) {
			if (ok)
				yaml_event_delete(&ev);
			return 0;
		}
		p->kind = ok ? PARSED_EVENT : PARSED_FAILED;
		p->read_error = y->read_error;
		if (ok) {
			/* yaml_event_delete() zeroes the event. */
			type = ev.type;
			depth += yaml_event_depth(&ev);
			copy_event(a, &p->ev, &ev);
			yaml_event_delete(&ev);
		}
		/*
		 * Nesting too deep ends the reading at this event (next()):
		 * parsing on, ahead of the other thread, would only cost (a
		 * million "[" take libyaml quadratic time).  After the end of
		 * the stream libyaml has no more events to give.
		 */
	} while (ok && type != YAML_STREAM_END_EVENT && depth <= MAX_DEPTH);
	return 0;
}

/* A copy of string s (NULL stays NULL) in arena a. */
static yaml_char_t *
copy_string(struct arena *a, const yaml_char_t *s)
{
	return s == NULL ? NULL :
	    (yaml_char_t *)arena_strdup(a, (const char *)s);
}

/* Replaces a node's anchor and tag, either NULL, by copies in arena a. */
static void
copy_anchor_tag(struct arena *a, yaml_char_t **anchor, yaml_char_t **tag)
{
	*anchor = copy_string(a, *anchor);
	*tag = copy_string(a, *tag);
}

/*
 * Copies event src into dst with its strings in arena a, so that the
 * parsing thread frees src itself, right away: memory freed in the thread
 * that allocated it stays in that thread's allocator caches, as libyaml
 * expects (freed by the other thread, a batch at a time, it made the
 * allocator work harder than the parser).  The directives of a document
 * start, which nothing reads, are left out.
 */
static void
copy_event(struct arena *a, yaml_event_t *dst, const yaml_event_t *src)
{
	yaml_char_t	*v;

	*dst = *src;
	switch (src->type) {
	case YAML_DOCUMENT_START_EVENT:
		dst->data.document_start.version_directive = NULL;
		dst->data.document_start.tag_directives.start = NULL;
		dst->data.document_start.tag_directives.end = NULL;
		break;
	case YAML_ALIAS_EVENT:
		dst->data.alias.anchor = copy_string(a, src->data.alias.anchor);
		break;
	case YAML_SCALAR_EVENT:
		v = arena_alloc(a, src->data.scalar.length + 1);
		memcpy(v, src->data.scalar.value, src->data.scalar.length);
		v[src->data.scalar.length] = '\0';
		dst->data.scalar.value = v;
		copy_anchor_tag(a, &dst->data.scalar.anchor,
		    &dst->data.scalar.tag);
		break;
	case YAML_SEQUENCE_START_EVENT:
		copy_anchor_tag(a, &dst->data.sequence_start.anchor,
		    &dst->data.sequence_start.tag);
		break;
	case YAML_MAPPING_START_EVENT:
		copy_anchor_tag(a, &dst->data.mapping_start.anchor,
		    &dst->data.mapping_start.tag);
		break;
	default:
		break;
	}
}

/*
 * The next event, as yaml_parser_parse() gives it: from libyaml here, or
 * from the parsing thread.
 */
static int
parse(struct yreader *y, yaml_event_t *ev)
{
	struct parsed	*p;

	if (y->relay == NULL)
		return yaml_parser_parse(&y->parser, ev);
	while ((p = relay_get(y->relay)) != NULL) {
		switch (p->kind) {
		case PARSED_BAD_LINE:
			note_bad_line(y, p->line);
			break;
		case PARSED_FAILED:
			y->read_error = p->read_error;
			return 0;
		case PARSED_EVENT:
			*ev = p->ev;
			return 1;
		}
	}
	return 0;	/* not reached: the thread ends with the stream */
}

/*
 * Moves to the next event, enforcing what holds for every event: no
 * aliases, anchors or tags, bounded depth.  Returns false when reading
 * must stop (a syntax error, a read error, nesting too deep).
 */
static bool
next(struct yreader *y)
{
	struct srcpos	 pos;
	const char	*fmt, *arg;

	/* An event from the parsing thread lives in the relay's arena. */
	if (y->have_ev && y->relay == NULL)
		yaml_event_delete(&y->ev);
	y->have_ev = false;
	if (y->fatal)
		return false;
	if (!parse(y, &y->ev)) {
		y->fatal = true;
		if (y->read_error)
			return false;
		yaml_report_parser(y->file, &y->parser);
		diag_reject();	/* the document in hand, and all after it */
		return false;
	}
	y->have_ev = true;
	if ((y->depth += yaml_event_depth(&y->ev)) > MAX_DEPTH) {
		pos = mark_pos(y, y->ev.start_mark);
		diag(DIAG_ERROR, &pos, "nesting too deep (more than %d levels)",
		    MAX_DEPTH);
		diag_reject();	/* the document, and all after it */
		y->fatal = true;
		return false;
	}
	if (yaml_event_refused(&y->ev, &fmt, &arg))
		bad(y, y->ev.start_mark, fmt, arg);
	return true;
}

/* Skips the node that starts with the event in hand. */
static bool
skip_node(struct yreader *y)
{
	int	 depth;

	if (y->ev.type != YAML_SEQUENCE_START_EVENT &&
	    y->ev.type != YAML_MAPPING_START_EVENT)
		return true;
	depth = y->depth;
	while (y->depth >= depth)
		if (!next(y))
			return false;
	return true;
}

/*
 * Is s[0..len), printable ASCII, already what text_nfc() leaves when it
 * collapses white space: no space at either end, no two in a row, no
 * tab or line break?
 */
static bool
is_collapsed(const char *s, size_t len)
{
	size_t	 i;

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		return false;
	/* A space is never last, so s[i + 1] is within s. */
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 ||
		    (s[i] == ' ' && s[i + 1] == ' '))
			return false;
	return true;
}

/*
 * Checks and normalises the scalar in hand as the value of field name;
 * NULL (after reporting) when it is not acceptable text.
 */
static const char *
scalar_text(struct yreader *y, const char *name, bool collapse)
{
	const char	*s = (const char *)y->ev.data.scalar.value;
	size_t		 len = y->ev.data.scalar.length, off;
	enum text_fault	 f;
	struct buf	 msg;
	bool		 ascii;

	if (len > y->max_field) {
		buf_init(&msg);
		buf_addf(&msg, "field '%%s' longer than %zu bytes (--max "
		    "field=N raises the limit)", y->max_field);
		bad(y, y->ev.start_mark, buf_str(&msg), name);
		buf_release(&msg);
		return NULL;
	}
	if ((f = check_text(s, len, &off, &ascii)) != TEXT_OK) {
		buf_init(&msg);
		text_describe(&msg, f, s + off, len - off);
		buf_addstr(&msg, " in field '%s'");
		bad(y, y->ev.start_mark, buf_str(&msg), name);
		buf_release(&msg);
		return NULL;
	}
	/* ASCII is its own NFC; only white space may need collapsing. */
	if (ascii && (!collapse || is_collapsed(s, len)))
		return arena_strndup(&y->arena, s, len);
	return text_nfc(&y->arena, s, len, collapse);
}

/* Is s a plain decimal number such as 21.4 or 7? */
static bool
is_number(const char *s)
{
	size_t	 i = 0, digits = 0;

	while (isdigit((unsigned char)s[i])) {
		i++;
		digits++;
	}
	if (s[i] == '.')
		for (i++; isdigit((unsigned char)s[i]); i++)
			digits++;
	return digits > 0 && digits <= 30 && s[i] == '\0' &&
	    isdigit((unsigned char)s[0]);
}

/* Reads a sequence of strings into l. */
static bool
read_list(struct yreader *y, const char *name, struct strlist *l)
{
	const char	*s;

	if (y->ev.type != YAML_SEQUENCE_START_EVENT) {
		bad(y, y->ev.start_mark, "field '%s' must be a list", name);
		return skip_node(y);
	}
	for (;;) {
		if (!next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			return true;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			bad(y, y->ev.start_mark, "field '%s' must be a list "
			    "of strings", name);
			if (!skip_node(y))
				return false;
			continue;
		}
		if ((s = scalar_text(y, name, true)) != NULL)
			strlist_add(&y->arena, l, s);
	}
}

/* Reads the value of one record field; the key was the event in hand. */
static bool
read_value(struct yreader *y, const struct field *f)
{
	struct record	*r = &y->rec;
	const char	*s;
	struct ymd	 d;
	struct strlist	*lists[3] = { &r->authors, &r->orgs, &r->sources };
	bool		*bools[2] = { &r->et_al, &r->code };
	int		 b;

	if (!next(y))
		return false;
	if (f->type == FT_LIST)
		return read_list(y, f->name, lists[f->which]);
	if (y->ev.type != YAML_SCALAR_EVENT) {
		bad(y, y->ev.start_mark, "field '%s' must be a scalar",
		    f->name);
		return skip_node(y);
	}
	if ((s = scalar_text(y, f->name, f->type != FT_TEXT)) == NULL)
		return true;
	switch (f->type) {
	case FT_BOOL:
		if ((b = yaml_scalar_bool(&y->ev)) < 0)
			bad(y, y->ev.start_mark, "field '%s' must be true or "
			    "false", f->name);
		else
			*bools[f->which] = b == 1;
		return true;
	case FT_NUMBER:
		if (!is_number(s)) {
			bad(y, y->ev.start_mark, "field '%s' must be a number",
			    f->name);
			return true;
		}
		break;
	case FT_DATE:
		if (!date_parse(s, &d)) {
			bad(y, y->ev.start_mark, "invalid date '%s' (expected "
			    "YYYY, YYYY-MM or YYYY-MM-DD)", s);
			return true;
		}
		break;
	default:
		break;
	}
	*record_field(r, (enum record_field)f->which) = s;
	return true;
}

/* Parses a profile figure: a plain non-negative integer. */
static long
figure_value(const char *s)
{
	long	 v = 0;
	size_t	 i;

	if (*s == '\0' || strlen(s) > 15)
		return -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v <= MAX_FIGURE ? v : -1;
}

/* Reads the mapping of a profile document's figures. */
static bool
read_profile(struct yreader *y)
{
	long	*slot[6];
	bool	 seen[6] = { false };
	size_t	 i;
	long	 v;

	slot[0] = &y->profile.h_index;
	slot[1] = &y->profile.papers;
	slot[2] = &y->profile.citations;
	slot[3] = &y->profile.novelty;
	slot[4] = &y->profile.ai_score;
	slot[5] = &y->profile.listed;
	profile_init(&y->profile);
	if (!next(y))
		return false;
	if (y->ev.type != YAML_MAPPING_START_EVENT) {
		bad(y, y->ev.start_mark, "field '%s' must be a mapping",
		    "profile");
		return skip_node(y);
	}
	for (;;) {
		if (!next(y))
			return false;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			return true;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			bad(y, y->ev.start_mark, "%s", "profile keys must be "
			    "scalars");
			if (!skip_node(y) || !next(y) || !skip_node(y))
				return false;
			continue;
		}
		for (i = 0; i < 6; i++)
			if (strcmp(figures[i],
			    (const char *)y->ev.data.scalar.value) == 0)
				break;
		if (i == 6)
			bad(y, y->ev.start_mark, "unknown profile figure '%s'",
			    (const char *)y->ev.data.scalar.value);
		else if (seen[i])
			bad(y, y->ev.start_mark, "duplicate field '%s'",
			    figures[i]);
		if (i < 6)
			seen[i] = true;
		if (!next(y))
			return false;
		if (y->ev.type != YAML_SCALAR_EVENT || !yaml_is_plain(&y->ev) ||
		    (v = figure_value((const char *)y->ev.data.scalar.value))
		    < 0) {
			bad(y, y->ev.start_mark, "profile figure '%s' must be "
			    "a whole number", i < 6 ? figures[i] : "?");
			if (!skip_node(y))
				return false;
			continue;
		}
		if (i < 6)
			*slot[i] = v;
	}
}

/*
 * The schema entry of field k, or NULL.  The first byte is compared
 * before the rest: every key is looked up, and most names differ there.
 */
static const struct field *
find_field(const char *k)
{
	size_t	 i;

	for (i = 0; i < NFIELDS; i++)
		if (fields[i].name[0] == k[0] && strcmp(fields[i].name, k) == 0)
			return &fields[i];
	return NULL;
}

/* Reads one document's top-level mapping and hands over what it holds. */
static bool
read_document(struct yreader *y)
{
	yaml_mark_t	 start;
	const struct field *f;
	bool		 seen[NFIELDS] = { false }, is_profile = false;
	const char	*k;
	size_t		 nkeys = 0;
	int		 rc = 0;

	arena_reset(&y->arena);
	record_init(&y->rec);
	y->bad_doc = false;
	if (!next(y))
		return false;
	start = y->ev.start_mark;
	if (y->ev.type == YAML_SCALAR_EVENT && yaml_is_plain(&y->ev) &&
	    y->ev.data.scalar.length == 0)
		return next(y);		/* an empty document */
	if (y->ev.type != YAML_MAPPING_START_EVENT) {
		bad(y, start, "%s", "document is not a mapping");
		diag_reject();
		return skip_node(y) && next(y);
	}
	y->rec.pos = mark_pos(y, start);
	for (;;) {
		if (!next(y))
			return false;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			break;
		nkeys++;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			bad(y, y->ev.start_mark, "%s", "keys must be scalars");
			if (!skip_node(y) || !next(y) || !skip_node(y))
				return false;
			continue;
		}
		k = (const char *)y->ev.data.scalar.value;
		if (strcmp(k, "profile") == 0) {
			if (is_profile)
				bad(y, y->ev.start_mark, "duplicate field "
				    "'%s'", "profile");
			is_profile = true;
			if (!read_profile(y))
				return false;
			continue;
		}
		if ((f = find_field(k)) == NULL) {
			bad(y, y->ev.start_mark, "unknown field '%s'", k);
			if (!next(y) || !skip_node(y))
				return false;
			continue;
		}
		if (seen[f - fields])
			bad(y, y->ev.start_mark, "duplicate field '%s'", k);
		seen[f - fields] = true;
		if (!read_value(y, f))
			return false;
	}
	/* Its bad bytes were reported as they were read. */
	if (has_bad_line(y, start.line + 1, y->ev.end_mark.line + 1))
		y->bad_doc = true;
	if (is_profile && nkeys > 1)
		bad(y, start, "%s", "a profile document holds nothing else");
	else if (!is_profile && (y->rec.title == NULL ||
	    *y->rec.title == '\0'))
		bad(y, start, "%s", "record has no title");
	if (y->bad_doc)
		diag_reject();
	if (!y->bad_doc && is_profile && y->sink->profile != NULL)
		rc = y->sink->profile(y->sink->arg, &y->profile);
	else if (!y->bad_doc && !is_profile)
		rc = y->sink->record(y->sink->arg, &y->rec);
	if (rc != 0) {
		y->stop = rc;
		y->fatal = true;
		return false;
	}
	return next(y);		/* the document end */
}

static int
yaml_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct yreader	 y;
	int		 rc = 0;

	memset(&y, 0, sizeof(y));
	y.in = in;
	y.sink = sink;
	y.max_field = opts->limits.field;
	y.file = stream_name(in);
	arena_init(&y.arena);
	buf_init(&y.line);
	if (!yaml_parser_initialize(&y.parser)) {
		diag(DIAG_SYSERR, NULL, "cannot initialise the YAML parser");
		return -1;
	}
	yaml_parser_set_input(&y.parser, read_handler, &y);
	if (opts->thread)
		y.relay = relay_start(sizeof(struct parsed), parse_events, &y,
		    NULL, in);
	if (next(&y) && y.ev.type == YAML_STREAM_START_EVENT) {
		while (next(&y) && y.ev.type == YAML_DOCUMENT_START_EVENT)
			if (!read_document(&y))
				break;
	}
	y.rec.pos.file = NULL;
	if (y.have_ev && y.relay == NULL)
		yaml_event_delete(&y.ev);
	if (y.relay != NULL)
		(void)relay_end(y.relay);
	yaml_parser_delete(&y.parser);
	arena_release(&y.arena);
	buf_release(&y.line);
	free(y.bad_lines);
	if (y.read_error)
		rc = -1;
	else
		rc = y.stop;
	return rc;
}
