#ifndef STRMAP_H
#define STRMAP_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A hash map from strings to pointers.  Keys are borrowed: they must stay
 * valid as long as the map uses them.
 */
struct strmap_slot;

struct strmap {
	struct strmap_slot	*slots;
	size_t			 cap;	/* a power of two, or 0 */
	size_t			 n;
};

void	 strmap_init(struct strmap *);
void	 strmap_release(struct strmap *);
/* The value stored under key, or NULL. */
void	*strmap_get(const struct strmap *, const char *key);
bool	 strmap_has(const struct strmap *, const char *key);
/* Stores value under key, replacing any earlier value. */
void	 strmap_put(struct strmap *, const char *key, void *value);

#endif /* STRMAP_H */
