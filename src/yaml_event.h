#ifndef YAML_EVENT_H
#define YAML_EVENT_H

/*
 * What the two readers that walk libyaml's events share: the record
 * reader (yaml_read.c) and the configuration reader (yaml_config.c).
 * This is the one project header that names libyaml's types; include it
 * only from yaml_*.c, which are the files allowed to see <yaml.h>.
 */
#include <stdbool.h>

#include <yaml.h>

#include "diag.h"

/* The position of a libyaml mark, which counts from 0, in file. */
struct srcpos	 yaml_mark_pos(const char *file, yaml_mark_t);
/*
 * Reports the error that stopped the parser: the problem at its mark, or
 * at a byte offset when libyaml's reader rejected the bytes.
 */
void		 yaml_report_parser(const char *file, const yaml_parser_t *);
/*
 * How an event changes the nesting depth: +1 when it starts a sequence
 * or a mapping, -1 when it ends one, else 0.
 */
int		 yaml_event_depth(const yaml_event_t *);
/*
 * Is the event refused by pubtool's YAML subset: an alias, or a node with
 * an anchor or a tag?  When it is, *fmt is a message with one %s and
 * *arg what goes in it ("aliases are not allowed", "tag '!x' is not
 * allowed"); both are borrowed from the event or static.
 */
bool		 yaml_event_refused(const yaml_event_t *, const char **fmt,
		    const char **arg);
/* Is the scalar event unquoted? */
bool		 yaml_is_plain(const yaml_event_t *);
/* A plain true or false: 1 or 0; -1 for any other scalar. */
int		 yaml_scalar_bool(const yaml_event_t *);

#endif /* YAML_EVENT_H */
