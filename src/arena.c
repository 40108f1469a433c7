#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

#define ARENA_CHUNK	(64 * 1024)

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 size;
	alignas(max_align_t) unsigned char data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = a->total = 0;
}

void
arena_release(struct arena *a)
{
	struct arena_chunk	*c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	arena_init(a);
}

void
arena_reset(struct arena *a)
{
	struct arena_chunk	*c, *next, *last;

	if (a->head == NULL)
		return;
	/* Keep the oldest chunk: the usual case is one small record. */
	last = a->head;
	for (c = a->head; c->next != NULL; c = next) {
		next = c->next;
		free(c);
		last = next;
	}
	last->next = NULL;
	a->head = last;
	a->used = a->total = 0;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk	*c;
	size_t			 align, size;
	void			*p;

	align = alignof(max_align_t);
	n = (n + align - 1) & ~(align - 1);
	if (n == 0)
		n = align;
	a->total += n;
	if (a->head == NULL || a->head->size - a->used < n) {
		size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		if (size == ARENA_CHUNK || a->head == NULL) {
			c->next = a->head;
			a->head = c;
			a->used = 0;
		} else {
			/* A big block goes behind the head, which keeps its room. */
			c->next = a->head->next;
			a->head->next = c;
			return c->data;
		}
	}
	p = a->head->data + a->used;
	a->used += n;
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char	*p;

	p = arena_alloc(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}
