#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

/*
 * A bump allocator.  Everything allocated from an arena lives until
 * arena_reset() or arena_release(); nothing is freed one by one.
 */
struct arena_chunk;

struct arena {
	struct arena_chunk	*head;
	size_t			 used;	/* bytes used in head */
	size_t			 total;	/* handed out since init or reset */
};

void	 arena_init(struct arena *);
void	 arena_release(struct arena *);
/* Frees all but the first chunk, which is kept for reuse. */
void	 arena_reset(struct arena *);
/* Borrowed until arena_reset()/arena_release(); aligned for any type. */
void	*arena_alloc(struct arena *, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_strdup(struct arena *, const char *);

#endif /* ARENA_H */
