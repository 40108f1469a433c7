#include <string.h>
#include <strings.h>

#include "format.h"
#include "record.h"

const struct limits limits_default = {
	16UL * 1024 * 1024,	/* field: 16 MiB */
	20000,			/* authors: above the longest author lists */
	256,			/* depth: libxml2's own default */
	0			/* input: none, the readers stream */
};

const struct limits limits_none = {
	LIMIT_FIELD_MAX, LIMIT_AUTHORS_MAX, LIMIT_DEPTH_MAX, 0
};

static const struct reader *const readers[] = {
	&profile_reader, &yaml_reader, &atom_reader, &dblp_reader,
	&bibtex_reader, &csv_reader
};

static const struct writer *const writers[] = {
	&yaml_writer, &text_writer, &bibtex_writer, &csv_writer,
	&markdown_writer, &html_writer, &csljson_writer, &ris_writer
};

const struct reader *
format_reader(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(readers) / sizeof(readers[0]); i++)
		if (strcmp(readers[i]->name, name) == 0)
			return readers[i];
	return NULL;
}

bool
writer_writes_keys(const struct writer *w)
{
	return (w->omits & 1u << RF_KEY) == 0;
}

const struct writer *
format_writer(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(writers) / sizeof(writers[0]); i++)
		if (strcmp(writers[i]->name, name) == 0)
			return writers[i];
	return NULL;
}

const char *
format_reader_names(void)
{
	return "profile, yaml, atom, dblp, bibtex, csv";
}

/* Does the line s[0..len) look like "word:" at the start of a mapping? */
static bool
is_yaml_key_line(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
		i++;
	return i > 0 && i < len && s[i] == ':' &&
	    (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '\n' ||
	    s[i + 1] == '\r');
}

/*
 * The local name of the root element of an XML document, skipping the
 * declaration, comments, processing instructions and a DOCTYPE (with its
 * internal subset).  Copies at most size - 1 bytes; "" if not found in
 * the bytes at hand.
 */
static void
xml_root(const char *s, size_t len, char *out, size_t size)
{
	const char	*end = s + len, *p = s, *q, *name;
	int		 depth;

	*out = '\0';
	while (p < end) {
		if (*p != '<') {
			p++;
			continue;
		}
		if (end - p >= 4 && strncmp(p, "<!--", 4) == 0) {
			for (q = p + 4; q + 3 <= end && strncmp(q, "-->", 3) != 0;
			    q++)
				;
			p = q + 3;
			continue;
		}
		if (end - p >= 2 && (p[1] == '?' || p[1] == '!')) {
			/* Skip to the matching '>', past a [...] subset. */
			for (q = p + 2, depth = 0; q < end; q++) {
				if (*q == '[')
					depth++;
				else if (*q == ']')
					depth--;
				else if (*q == '>' && depth <= 0)
					break;
			}
			p = q + 1;
			continue;
		}
		for (name = ++p; p < end && strchr(" \t\r\n/>", *p) == NULL;
		    p++)
			if (*p == ':')
				name = p + 1;	/* the local name */
		if ((size_t)(p - name) < size) {
			memcpy(out, name, (size_t)(p - name));
			out[p - name] = '\0';
		}
		return;
	}
}

/*
 * Does the first line look like a CSV header: comma-separated cells, one
 * of them "title" (pubtool's own CSV and every export it reads have one)?
 */
static bool
is_csv_header(const char *s, size_t len)
{
	const char	*cell, *end = s + len, *p;
	size_t		 n;

	for (cell = s; cell <= end; cell = p + 1) {
		for (p = cell; p < end && *p != ','; p++)
			;
		n = (size_t)(p - cell);
		while (n > 0 && (*cell == ' ' || *cell == '"')) {
			cell++;
			n--;
		}
		while (n > 0 && (cell[n - 1] == ' ' || cell[n - 1] == '"' ||
		    cell[n - 1] == '\r'))
			n--;
		if (n == 5 && strncasecmp(cell, "title", 5) == 0)
			return true;
	}
	return false;
}

/*
 * Guesses the input format from its first bytes (pubtool-records(5),
 * DETECTION):
 *  - "<": XML; a root element "dblpperson" or "dblp" is DBLP, any other
 *    root is taken for an Atom feed (whose reader names a wrong root);
 *  - "@", or "%" not starting a YAML directive: BibTeX;
 *  - YAML's document marker, a directive, a "#" comment or a lower-case
 *    "key:" line: pubtool YAML;
 *  - a first line of comma-separated cells with a "title" column: CSV;
 *  - anything else: profile text, which never starts in these ways.
 */
const struct reader *
format_detect(const char *head, size_t len)
{
	char	 root[32];
	size_t	 i = 0, eol;

	while (i < len && (head[i] == '\n' || head[i] == '\r' ||
	    head[i] == ' ' || head[i] == '\t'))
		i++;
	if (i == len)
		return &profile_reader;
	for (eol = i; eol < len && head[eol] != '\n'; eol++)
		;
	if (head[i] == '<') {
		xml_root(head + i, len - i, root, sizeof(root));
		if (strcmp(root, "dblpperson") == 0 ||
		    strcmp(root, "dblp") == 0)
			return &dblp_reader;
		return &atom_reader;
	}
	if (head[i] == '@' || (head[i] == '%' && (eol - i < 5 ||
	    (strncmp(head + i, "%YAML", 5) != 0 &&
	    strncmp(head + i, "%TAG ", 5) != 0))))
		return &bibtex_reader;
	if (head[i] == '%' || head[i] == '#' ||
	    (eol - i >= 3 && strncmp(head + i, "---", 3) == 0) ||
	    is_yaml_key_line(head + i, eol - i))
		return &yaml_reader;
	if (is_csv_header(head + i, eol - i))
		return &csv_reader;
	return &profile_reader;
}
