#ifndef MERGE_H
#define MERGE_H

#include <stdbool.h>

struct arena;
struct record;

/*
 * Merges what rec knows about a paper into old, the library's record of
 * the same paper, by the precedence of pubtool-import(1), MERGING: for
 * each field, a value replaces the stored one when its source is at
 * least as trusted for that field as the best of the sources the stored
 * record has (which field came from which source is not stored, so the
 * best of them stands for the source of the stored value); otherwise it
 * only fills a gap.  The fuller author list wins over a truncated one;
 * the more precise date wins; the key never changes; sources are
 * united.  New strings are copied into the arena.  Returns true if old
 * changed.
 */
bool	 merge_record(struct arena *, struct record *old,
	    const struct record *rec);
/*
 * The rank of a source for a string field (enum record_field), lower is
 * more trusted; unknown sources rank last.
 */
int	 merge_rank(const char *source, int field);

#endif /* MERGE_H */
