/*
 * Helpers for walking libyaml's events, shared by the record reader and
 * the configuration reader so that both refuse the same things and
 * report them the same way.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <yaml.h>

#include "diag.h"
#include "yaml_event.h"

struct srcpos
yaml_mark_pos(const char *file, yaml_mark_t m)
{
	struct srcpos	 pos;

	pos.file = file;
	pos.line = m.line + 1;
	pos.col = m.column + 1;
	return pos;
}

void
yaml_report_parser(const char *file, const yaml_parser_t *p)
{
	struct srcpos	 pos;

	pos = yaml_mark_pos(file, p->problem_mark);
	if (p->error == YAML_READER_ERROR) {
		pos.line = pos.col = 0;
		diag(DIAG_ERROR, &pos, "%s at byte %zu", p->problem,
		    p->problem_offset);
	} else
		diag(DIAG_ERROR, &pos, "%s", p->problem);
}

int
yaml_event_depth(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		return 1;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return -1;
	default:
		return 0;
	}
}

bool
yaml_event_refused(const yaml_event_t *ev, const char **fmt,
    const char **arg)
{
	const yaml_char_t	*anchor = NULL, *tag = NULL;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		*fmt = "%s are not allowed";
		*arg = "aliases";
		return true;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		break;
	default:
		break;
	}
	if (anchor != NULL) {
		*fmt = "%s are not allowed";
		*arg = "anchors";
		return true;
	}
	if (tag != NULL) {
		*fmt = "tag '%s' is not allowed";
		*arg = (const char *)tag;
		return true;
	}
	return false;
}

bool
yaml_is_plain(const yaml_event_t *ev)
{
	return ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

int
yaml_scalar_bool(const yaml_event_t *ev)
{
	const char	*s = (const char *)ev->data.scalar.value;

	if (!yaml_is_plain(ev))
		return -1;
	if (strcmp(s, "true") == 0)
		return 1;
	if (strcmp(s, "false") == 0)
		return 0;
	return -1;
}
