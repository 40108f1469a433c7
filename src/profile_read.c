/*
 * The profile text reader: the text of a saved researcher profile page
 * (pubtool-records(5), PROFILE TEXT).  A block of header figures is
 * followed by records of the shape
 *
 *	[score][AREA]Mon D[, YYYY][Code]
 *	Title
 *	<blank>
 *	Author, Author et al. · org, org
 *	<blank>
 *	Abstract (optional)
 *	<blank>...
 *
 * The reader works line by line and keeps only the record in hand, so
 * memory does not grow with the input.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "format.h"
#include "record.h"
#include "stream.h"
#include "text.h"

enum state {
	ST_PREAMBLE,	/* header figures before the first record */
	ST_TITLE,	/* the line after a record header */
	ST_AUTHORS,	/* blank lines, then the authors */
	ST_ABSTRACT,	/* blank lines, abstract lines, next header */
	ST_SKIP,	/* a rejected record: skip to the next header */
	ST_DONE		/* a record was handed over */
};

/* A record header line taken apart. */
struct header {
	const char	*score;
	size_t		 score_len;
	const char	*area;
	size_t		 area_len;
	const char	*month;
	size_t		 month_len;
	int		 day;
	int		 year;
	bool		 has_year;	/* ", YYYY" was given (even 0000) */
	const char	*marker;	/* "Code" or other trailing text */
	size_t		 marker_len;
};

struct preader {
	struct stream		*in;
	const struct readopts	*opts;
	const struct sink	*sink;
	struct srcpos		 pos;	/* of the line in hand */
	const char		*raw;	/* the line before trimming */
	enum state		 state;
	struct arena		 arena;	/* the record in hand */
	struct record		 rec;
	struct buf		 abstract;
	bool			 blank_before;
	bool			 profile_sent;
	bool			 has_figures;
	struct profile		 profile;
};

static bool	 parse_header(const char *, size_t, struct header *);
static int	 start_record(struct preader *, const char *, size_t);
static int	 finish_record(struct preader *, bool);
static int	 send_profile(struct preader *);
static void	 figure_line(struct preader *, const char *, size_t);
static bool	 check_line(struct preader *, const char *, size_t);
static bool	 is_loose_header(const char *, size_t);
static void	 reject(struct preader *);
static void	 bad_record(struct preader *, unsigned long, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static void	 parse_authors(struct preader *, const char *, size_t);
static int	 profile_read(struct stream *, const struct readopts *,
		    const struct sink *);

const struct reader profile_reader = { "profile", profile_read, true,
	NULL };

/*
 * Takes a record header apart.  The pattern is loose on purpose: a line
 * with a month name that does not exist or a day out of range still counts
 * as a header, so that it is reported rather than read as an abstract.
 */
static bool
parse_header(const char *s, size_t len, struct header *h)
{
	size_t	 i = 0, caps;
	int	 n;

	memset(h, 0, sizeof(*h));
	h->score = s;
	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	if (i > 0 && i + 1 < len && s[i] == '.' &&
	    isdigit((unsigned char)s[i + 1]))
		for (i++; i < len && isdigit((unsigned char)s[i]); i++)
			;
	h->score_len = i;
	h->area = s + i;
	for (caps = 0; i < len && s[i] >= 'A' && s[i] <= 'Z'; i++)
		caps++;
	/* The last capital starts the month name. */
	if (caps < 2 || i >= len || !(s[i] >= 'a' && s[i] <= 'z'))
		return false;
	h->area_len = caps - 1;
	h->month = s + i - 1;
	while (i < len && s[i] >= 'a' && s[i] <= 'z')
		i++;
	h->month_len = (size_t)(s + i - h->month);
	/* "GPUs 4" is no header: a month name has three letters or more. */
	if (h->month_len < 3 || i >= len || s[i++] != ' ')
		return false;
	for (n = 0, h->day = 0; i < len && isdigit((unsigned char)s[i]); i++)
		if (++n <= 2)
			h->day = h->day * 10 + (s[i] - '0');
	if (n == 0 || n > 2)
		return false;
	if (i + 1 < len && s[i] == ',' && s[i + 1] == ' ') {
		i += 2;
		h->has_year = true;
		for (n = 0; i < len && isdigit((unsigned char)s[i]); i++)
			if (++n <= 4)
				h->year = h->year * 10 + (s[i] - '0');
		if (n != 4)
			return false;
	}
	h->marker = s + i;
	while (i < len && isalpha((unsigned char)s[i]))
		i++;
	h->marker_len = (size_t)(s + i - h->marker);
	return i == len;
}

/* Reports a bad record at line and skips the rest of it. */
static void
bad_record(struct preader *p, unsigned long line, const char *fmt, ...)
{
	struct srcpos	 pos = p->pos;
	struct buf	 msg;
	va_list		 ap;
	int		 n;

	buf_init(&msg);
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		buf_grow(&msg, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(msg.data, (size_t)n + 1, fmt, ap);
		va_end(ap);
		msg.len = (size_t)n;
	}
	pos.line = line;
	pos.col = 0;
	diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
	buf_release(&msg);
	reject(p);
}

/* Drops the record in hand; it was reported. */
static void
reject(struct preader *p)
{
	if (p->state != ST_SKIP)
		diag_reject();
	p->state = ST_SKIP;
}

/*
 * Does the line look like a record header that parse_header() refused: a
 * real month name, a day, maybe a year and a marker, but with no area
 * code, a day of three digits or a year that is not four digits ("May
 * 27", "CLMay 271", "CLMay 27, 24")?  Such a line is reported, never taken
 * for abstract text.  A month name that does not exist counts only in a
 * header that is otherwise well formed (parse_header), so that text such
 * as "Results 2024" or "BERTology 101" stays text.
 */
static bool
is_loose_header(const char *s, size_t len)
{
	size_t	 i = 0, word;

	while (i < len && (isdigit((unsigned char)s[i]) || s[i] == '.'))
		i++;
	while (i < len && s[i] >= 'A' && s[i] <= 'Z')
		i++;
	if (i == 0 || i >= len || !(s[i] >= 'a' && s[i] <= 'z') ||
	    !(s[i - 1] >= 'A' && s[i - 1] <= 'Z'))
		return false;
	word = i - 1;
	while (i < len && s[i] >= 'a' && s[i] <= 'z')
		i++;
	/* The shape first: most text is no header, and this is cheaper. */
	if (i + 1 >= len || s[i] != ' ' || !isdigit((unsigned char)s[i + 1]) ||
	    date_month(s + word, i - word) == 0)
		return false;
	for (i++; i < len && isdigit((unsigned char)s[i]); i++)
		;
	if (i + 1 < len && s[i] == ',' && s[i + 1] == ' ')
		for (i += 2; i < len && isdigit((unsigned char)s[i]); i++)
			;
	while (i < len && isalpha((unsigned char)s[i]))
		i++;
	return i == len;
}

/*
 * Checks a line for invalid UTF-8, NUL bytes and control characters and
 * reports what is wrong; the caller drops the record or skips the line.
 */
static bool
check_line(struct preader *p, const char *s, size_t len)
{
	enum text_fault	 f;
	struct srcpos	 pos = p->pos;
	struct buf	 msg;
	size_t		 off;

	if ((f = text_check(s, len, &off)) == TEXT_OK)
		return true;
	/* Columns count in the line as it was, before trimming. */
	pos.col = text_col(p->raw, (size_t)(s - p->raw) + off);
	buf_init(&msg);
	text_describe(&msg, f, s + off, len - off);
	diag(DIAG_ERROR, &pos, "%s", buf_str(&msg));
	buf_release(&msg);
	return false;
}

/* Parses a number with optional thousands separators; -1 if malformed. */
static long
parse_count(const char *s, size_t len)
{
	long	 v = 0;
	size_t	 i, group = 0;
	bool	 seen_comma = false;

	if (len == 0 || len > 18 || s[0] == ',')
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] == ',') {
			if ((seen_comma && group != 3) || group == 0 ||
			    group > 3)
				return -1;
			seen_comma = true;
			group = 0;
			continue;
		}
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
		group++;
	}
	if (seen_comma && group != 3)
		return -1;
	return v;
}

/*
 * Reads one line of the header block: a label and a figure in either
 * order ("h-index50", "1,046citations", "Novelty49%", "50 Papers").
 */
static void
figure_line(struct preader *p, const char *s, size_t len)
{
	static const struct {
		const char	*label;
		size_t		 off;
	} labels[] = {
		{ "h-index",	offsetof(struct profile, h_index) },
		{ "papers",	offsetof(struct profile, papers) },
		{ "citations",	offsetof(struct profile, citations) },
		{ "novelty",	offsetof(struct profile, novelty) },
		{ "ai score",	offsetof(struct profile, ai_score) },
	};
	const char	*num, *label;
	size_t		 numlen, labellen, i;
	long		 v;
	bool		 spaced = false;

	if (isdigit((unsigned char)s[0])) {
		num = s;
		for (numlen = 0; numlen < len &&
		    (isdigit((unsigned char)s[numlen]) || s[numlen] == ',');
		    numlen++)
			;
		label = s + numlen;
		labellen = len - numlen;
		if (labellen > 0 && label[0] == '%') {
			label++;
			labellen--;
		}
		if (labellen > 0 && label[0] == ' ') {
			spaced = true;
			label++;
			labellen--;
		}
	} else {
		label = s;
		for (labellen = 0; labellen < len &&
		    !isdigit((unsigned char)s[labellen]); labellen++)
			;
		num = s + labellen;
		numlen = len - labellen;
		if (numlen > 0 && num[numlen - 1] == '%')
			numlen--;
		while (labellen > 0 && label[labellen - 1] == ' ')
			labellen--;
	}
	v = parse_count(num, numlen);
	for (i = 0; v >= 0 && i < sizeof(labels) / sizeof(labels[0]); i++) {
		if (strlen(labels[i].label) != labellen ||
		    strncasecmp(labels[i].label, label, labellen) != 0)
			continue;
		/* "50 Papers" is the heading of the list, not a figure. */
		if (spaced && strcmp(labels[i].label, "papers") == 0)
			p->profile.listed = v;
		else
			*(long *)((char *)&p->profile + labels[i].off) = v;
		p->has_figures = true;
		return;
	}
	diag(DIAG_WARN, &p->pos, "ignoring unrecognised line before the "
	    "first record");
}

static int
send_profile(struct preader *p)
{
	if (p->profile_sent)
		return 0;
	p->profile_sent = true;
	if (!p->has_figures || p->sink->profile == NULL)
		return 0;
	return p->sink->profile(p->sink->arg, &p->profile);
}

/* Starts a record from its header line; reports and skips a bad one. */
static int
start_record(struct preader *p, const char *s, size_t len)
{
	struct header	 h;
	struct ymd	 d;
	char		 date[16];
	int		 m, rc;

	if ((rc = send_profile(p)) != 0)
		return rc;
	arena_reset(&p->arena);
	record_init(&p->rec);
	buf_reset(&p->abstract);
	p->blank_before = false;
	p->rec.pos = p->pos;
	p->state = ST_TITLE;
	parse_header(s, len, &h);
	if ((m = date_month(h.month, h.month_len)) == 0) {
		bad_record(p, p->pos.line, "unknown month '%.*s'",
		    (int)h.month_len, h.month);
		return 0;
	}
	d.m = m;
	d.d = h.day;
	if (h.has_year)
		d.y = h.year;
	else if ((d.y = date_resolve_year(m, h.day, &p->opts->asof)) == 0)
		d.y = p->opts->asof.y;	/* reported just below */
	if (d.y == 0 || h.day < 1 || h.day > date_days_in_month(d.y, m)) {
		if (h.has_year)
			bad_record(p, p->pos.line, "impossible date '%.*s %d, "
			    "%04d'", (int)h.month_len, h.month, h.day, h.year);
		else
			bad_record(p, p->pos.line, "impossible date '%.*s %d'",
			    (int)h.month_len, h.month, h.day);
		return 0;
	}
	date_format(&d, date, sizeof(date));
	p->rec.date = arena_strdup(&p->arena, date);
	p->rec.area = arena_strndup(&p->arena, h.area, h.area_len);
	if (h.score_len > 0)
		p->rec.score = arena_strndup(&p->arena, h.score, h.score_len);
	if (h.marker_len == 4 && strncmp(h.marker, "Code", 4) == 0)
		p->rec.code = true;
	else if (h.marker_len > 0) {
		struct srcpos pos = p->pos;

		pos.col = text_col(p->raw, (size_t)(h.marker - p->raw));
		diag(DIAG_WARN, &pos, "ignoring unknown marker '%.*s'",
		    (int)h.marker_len, h.marker);
	}
	strlist_add(&p->arena, &p->rec.sources, "profile");
	return 0;
}

/* Splits "A, B, C et al. · org1, org2" into authors and orgs. */
static void
parse_authors(struct preader *p, const char *s, size_t len)
{
	static const char dot[] = " \xC2\xB7 ";	/* " · " */
	const char	*orgs = NULL, *end, *q, *comma;
	size_t		 n;
	char		*name;

	for (q = s; q + sizeof(dot) - 1 <= s + len; q++)
		if (memcmp(q, dot, sizeof(dot) - 1) == 0) {
			orgs = q + sizeof(dot) - 1;
			break;
		}
	end = orgs != NULL ? orgs - (sizeof(dot) - 1) : s + len;
	for (q = s; q < end; q = comma + 1) {
		comma = memchr(q, ',', (size_t)(end - q));
		if (comma == NULL)
			comma = end;
		n = (size_t)(comma - q);
		name = text_nfc(&p->arena, q, n, true);
		n = strlen(name);
		if (n >= 7 && strcmp(name + n - 7, " et al.") == 0) {
			p->rec.et_al = true;
			name[n - 7] = '\0';
		} else if (strcmp(name, "et al.") == 0) {
			p->rec.et_al = true;
			continue;
		}
		if (*name != '\0')
			strlist_add(&p->arena, &p->rec.authors, name);
		if (comma == end)
			break;
	}
	for (q = orgs; q != NULL && q < s + len; q = comma + 1) {
		comma = memchr(q, ',', (size_t)(s + len - q));
		if (comma == NULL)
			comma = s + len;
		name = text_nfc(&p->arena, q, (size_t)(comma - q), true);
		if (*name != '\0')
			strlist_add(&p->arena, &p->rec.orgs, name);
		if (comma == s + len)
			break;
	}
}

/*
 * Hands the record in hand to the sink, or reports why it is incomplete:
 * cut short by the end of the input, or followed by the next header.
 */
static int
finish_record(struct preader *p, bool at_eof)
{
	switch (p->state) {
	case ST_TITLE:
		bad_record(p, p->rec.pos.line, at_eof ?
		    "truncated record: end of input before the title" :
		    "record has no title");
		return 0;
	case ST_AUTHORS:
		bad_record(p, p->rec.pos.line, at_eof ?
		    "truncated record: end of input before the authors" :
		    "record has no authors");
		return 0;
	case ST_ABSTRACT:
		break;
	default:
		return 0;
	}
	if (p->abstract.len > 0)
		p->rec.abstract = arena_strndup(&p->arena, p->abstract.data,
		    p->abstract.len);
	p->state = ST_DONE;
	return p->sink->record(p->sink->arg, &p->rec);
}

static int
profile_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct preader	 p;
	struct header	 h;
	const char	*line;
	size_t		 len;
	int		 got, rc = 0;
	bool		 blank, header;

	memset(&p, 0, sizeof(p));
	p.in = in;
	/* Every field is a line, or a part of one. */
	stream_max_line(in, opts->limits.field);
	p.opts = opts;
	p.sink = sink;
	p.pos.file = stream_name(in);
	p.state = ST_PREAMBLE;
	arena_init(&p.arena);
	buf_init(&p.abstract);
	profile_init(&p.profile);

	while (rc == 0 && (got = stream_getline(in, &line, &len)) == 1) {
		p.pos.line = stream_lineno(in);
		p.pos.col = 0;
		p.raw = line;
		/* Spaces around a line never matter. */
		while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
			len--;
		while (len > 0 && (*line == ' ' || *line == '\t')) {
			line++;
			len--;
		}
		blank = len == 0;
		header = !blank && parse_header(line, len, &h);
		if (!header && !blank && p.state != ST_TITLE &&
		    p.state != ST_AUTHORS && is_loose_header(line, len)) {
			if ((rc = finish_record(&p, false)) != 0)
				break;
			p.state = ST_TITLE;	/* a record, though a bad one */
			bad_record(&p, p.pos.line, "malformed record header "
			    "'%.*s'", (int)len, line);
			continue;
		}
		if (header) {
			if ((rc = finish_record(&p, false)) != 0)
				break;
			if (check_line(&p, line, len))
				rc = start_record(&p, line, len);
			else {
				p.state = ST_TITLE;
				reject(&p);
			}
			continue;
		}
		if (blank || p.state == ST_SKIP || p.state == ST_DONE)
			;
		else if (!check_line(&p, line, len)) {
			if (p.state != ST_PREAMBLE)
				reject(&p);
			continue;
		}
		switch (p.state) {
		case ST_PREAMBLE:
			if (!blank)
				figure_line(&p, line, len);
			break;
		case ST_TITLE:
			if (blank) {
				bad_record(&p, p.rec.pos.line,
				    "record has no title");
				break;
			}
			p.rec.title = text_nfc(&p.arena, line, len, true);
			p.state = ST_AUTHORS;
			break;
		case ST_AUTHORS:
			if (blank)
				break;
			parse_authors(&p, line, len);
			if (p.rec.authors.n == 0) {
				bad_record(&p, p.pos.line,
				    "record has no authors");
				break;
			}
			p.state = ST_ABSTRACT;
			break;
		case ST_ABSTRACT:
			if (blank) {
				p.blank_before = p.abstract.len > 0;
				break;
			}
			if (p.abstract.len > 0)
				buf_addstr(&p.abstract,
				    p.blank_before ? "\n\n" : " ");
			p.blank_before = false;
			buf_addstr(&p.abstract,
			    text_nfc(&p.arena, line, len, true));
			break;
		case ST_SKIP:
		case ST_DONE:
			break;
		}
	}
	if (got == -1)
		rc = -1;
	if (rc == 0)
		rc = finish_record(&p, true);
	if (rc == 0)
		rc = send_profile(&p);
	buf_release(&p.abstract);
	arena_release(&p.arena);
	return rc;
}
