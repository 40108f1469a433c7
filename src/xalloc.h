#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

/*
 * Allocation wrappers: on failure they print a message and exit 4, so
 * callers never check for NULL.  Every result is owned by the caller and
 * freed with free().
 */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif /* XALLOC_H */
