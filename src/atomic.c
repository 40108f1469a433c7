#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"
#include "diag.h"
#include "xalloc.h"

struct atomic {
	char	*path;
	char	*dir;
	FILE	*fp;
	bool	 direct;	/* not a regular file: written in place */
	struct sigaction old_int, old_term;
};

/*
 * The temporary file's name for the signal handler, which may only touch
 * static storage.  Not heap memory: an array in the program image.
 */
static char	 pending_tmp[PATH_MAX];

static void
on_signal(int sig)
{
	if (pending_tmp[0] != '\0')
		unlink(pending_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The directory part of path ("." when there is none); free() it. */
static char *
dir_of(const char *path)
{
	const char	*slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

struct atomic *
atomic_open(const char *path)
{
	struct atomic	*a;
	struct sigaction sa;
	struct stat	 st;
	const char	*base;
	int		 fd;
	size_t		 n;

	a = xcalloc(1, sizeof(*a));
	a->path = xstrdup(path);
	a->dir = dir_of(path);
	/*
	 * A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written as
	 * it is: renaming a file over it would replace the device.
	 */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		a->direct = true;
		if ((a->fp = fopen(path, "w")) != NULL)
			return a;
		diag_errno(path, "cannot open");
		free(a->path);
		free(a->dir);
		free(a);
		return NULL;
	}
	base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	n = (size_t)snprintf(pending_tmp, sizeof(pending_tmp), "%s/.%s.XXXXXX",
	    a->dir, base);
	if (n >= sizeof(pending_tmp)) {
		errno = ENAMETOOLONG;
		goto fail;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* A signal the caller ignores (nohup, a background job) stays so. */
	sigaction(SIGINT, NULL, &a->old_int);
	sigaction(SIGTERM, NULL, &a->old_term);
	if (a->old_int.sa_handler != SIG_IGN)
		sigaction(SIGINT, &sa, NULL);
	if (a->old_term.sa_handler != SIG_IGN)
		sigaction(SIGTERM, &sa, NULL);
	if ((fd = mkstemp(pending_tmp)) == -1)
		goto fail_sig;
	/* Keep the mode of the file being replaced; else 0644. */
	fchmod(fd, stat(path, &st) == 0 ? st.st_mode & 07777 : 0644);
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(pending_tmp);
		goto fail_sig;
	}
	return a;
fail_sig:
	sigaction(SIGINT, &a->old_int, NULL);
	sigaction(SIGTERM, &a->old_term, NULL);
fail:
	diag_errno(path, "cannot create a temporary file next to it");
	pending_tmp[0] = '\0';
	free(a->path);
	free(a->dir);
	free(a);
	return NULL;
}

FILE *
atomic_file(struct atomic *a)
{
	return a->fp;
}

/* Restores the signal handlers and frees a. */
static void
finish(struct atomic *a)
{
	pending_tmp[0] = '\0';
	sigaction(SIGINT, &a->old_int, NULL);
	sigaction(SIGTERM, &a->old_term, NULL);
	free(a->path);
	free(a->dir);
	free(a);
}

/* Closes a file written in place. */
static int
close_direct(struct atomic *a)
{
	int	 rc = 0;

	if (fclose(a->fp) != 0) {
		diag_errno(a->path, "cannot write");
		rc = -1;
	}
	free(a->path);
	free(a->dir);
	free(a);
	return rc;
}

int
atomic_commit(struct atomic *a)
{
	int	 dfd, rc = -1;

	if (a->direct)
		return close_direct(a);

	if (fflush(a->fp) != 0 || ferror(a->fp) || fsync(fileno(a->fp)) != 0) {
		diag_errno(a->path, "cannot write");
		fclose(a->fp);
		unlink(pending_tmp);
		goto out;
	}
	if (fclose(a->fp) != 0) {
		diag_errno(a->path, "cannot write");
		unlink(pending_tmp);
		goto out;
	}
	if (rename(pending_tmp, a->path) != 0) {
		diag_errno(a->path, "cannot replace");
		unlink(pending_tmp);
		goto out;
	}
	/* The new name is durable only once the directory is synced. */
	if ((dfd = open(a->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
out:
	finish(a);
	return rc;
}

void
atomic_abort(struct atomic *a)
{
	if (a == NULL)
		return;
	if (a->direct) {
		close_direct(a);
		return;
	}
	fclose(a->fp);
	unlink(pending_tmp);
	finish(a);
}
