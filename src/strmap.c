#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xalloc.h"

struct strmap_slot {
	const char	*key;
	void		*value;
	uint64_t	 hash;
};

/* FNV-1a: short keys, good enough spread, no seed needed. */
static uint64_t
hash_str(const char *s)
{
	uint64_t	 h = 14695981039346656037ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

void
strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = 0;
	m->n = 0;
}

void
strmap_release(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}

/* The slot holding key, or the empty slot where it would go. */
static struct strmap_slot *
find(const struct strmap *m, const char *key, uint64_t h)
{
	size_t	 i;

	for (i = (size_t)h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (m->slots[i].key == NULL)
			return &m->slots[i];
		if (m->slots[i].hash == h && strcmp(m->slots[i].key, key) == 0)
			return &m->slots[i];
	}
}

void *
strmap_get(const struct strmap *m, const char *key)
{
	struct strmap_slot	*s;

	if (m->cap == 0)
		return NULL;
	s = find(m, key, hash_str(key));
	return s->key == NULL ? NULL : s->value;
}

bool
strmap_has(const struct strmap *m, const char *key)
{
	if (m->cap == 0)
		return false;
	return find(m, key, hash_str(key))->key != NULL;
}

/* Doubles the table, keeping it at most half full. */
static void
grow(struct strmap *m)
{
	struct strmap_slot	*old = m->slots, *s;
	size_t			 oldcap = m->cap, i;

	m->cap = oldcap == 0 ? 64 : oldcap * 2;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = find(m, old[i].key, old[i].hash);
		*s = old[i];
	}
	free(old);
}

void
strmap_put(struct strmap *m, const char *key, void *value)
{
	struct strmap_slot	*s;
	uint64_t		 h = hash_str(key);

	if ((m->n + 1) * 2 > m->cap)
		grow(m);
	s = find(m, key, h);
	if (s->key == NULL) {
		s->key = key;
		s->hash = h;
		m->n++;
	}
	s->value = value;
}
