#include <string.h>

#include "format.h"

static const struct reader *const readers[] = {
	&profile_reader, &yaml_reader
};

static const struct writer *const writers[] = {
	&yaml_writer, &text_writer, &bibtex_writer, &csv_writer
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
	return "profile, yaml";
}

const char *
format_writer_names(void)
{
	return "yaml, text, bibtex, csv";
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
 * Profile text never starts with YAML's document marker, a directive, a
 * comment or a lower-case "key:" line; pubtool YAML always does.  Every
 * other input is taken for profile text (pubtool-records(5), DETECTION).
 */
const struct reader *
format_detect(const char *head, size_t len)
{
	size_t	 i = 0, eol;

	while (i < len && (head[i] == '\n' || head[i] == '\r' ||
	    head[i] == ' ' || head[i] == '\t'))
		i++;
	if (i == len)
		return &profile_reader;
	for (eol = i; eol < len && head[eol] != '\n'; eol++)
		;
	if (head[i] == '%' || head[i] == '#' ||
	    (eol - i >= 3 && strncmp(head + i, "---", 3) == 0) ||
	    is_yaml_key_line(head + i, eol - i))
		return &yaml_reader;
	return &profile_reader;
}
