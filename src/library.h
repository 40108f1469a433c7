#ifndef LIBRARY_H
#define LIBRARY_H

#include <stdbool.h>

struct config;
struct readopts;
struct recset;

/*
 * The library's path: opt (-L) when given, else $PUBTOOL_LIBRARY, else
 * the configuration's library: (cfg may be NULL), else
 * $XDG_DATA_HOME/pubtool/library.yaml (XDG_DATA_HOME defaulting to
 * ~/.local/share).  Owned by the caller (free()); NULL after a
 * diagnostic when no path can be made.
 */
char	*library_path(const char *opt, const struct config *cfg);
/*
 * The library's path when the command line (opt, -L) or the environment
 * gives it, else NULL; borrowed.
 */
const char *library_given(const char *opt);
/*
 * Checks, before the library at path is read, that it is not a directory
 * and, when must_exist is set, that it exists; opt is the -L that named
 * it, or NULL.  Returns 0, or -1 after a message that says what to do
 * (run import first, name the file in the directory).
 */
int	 library_check(const char *path, const char *opt, bool must_exist);
/*
 * Takes the writers' lock: an exclusive lock on the sidecar file
 * PATH.lock, creating the library's directory if needed.  Waits for
 * another writer.  Then removes temporary files that killed writers left
 * behind (.NAME.XXXXXX next to the library).  Returns a descriptor for library_unlock(), or -1
 * after a diagnostic.
 */
int	 library_lock(const char *path);
void	 library_unlock(int fd);
/*
 * Reads the library into set; a library that does not exist yet is
 * empty.  Returns 0, or -1 when it exists but cannot be read.
 */
int	 library_load(const char *path, struct recset *set,
	    const struct readopts *);
/* Replaces the library with set atomically; 0, or -1 after a diagnostic. */
int	 library_save(const char *path, const struct recset *set);

#endif /* LIBRARY_H */
