#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "format.h"
#include "library.h"
#include "record.h"
#include "stream.h"
#include "xalloc.h"

const char *
library_given(const char *opt)
{
	const char	*env;

	if (opt != NULL)
		return opt;
	if ((env = getenv("PUBTOOL_LIBRARY")) != NULL && *env != '\0')
		return env;
	return NULL;
}

char *
library_path(const char *opt, const struct config *cfg)
{
	const char	*env;
	struct buf	 b;

	if ((env = library_given(opt)) != NULL)
		return xstrdup(env);
	if (cfg != NULL && cfg->library.s != NULL)
		return xstrdup(cfg->library.s);
	buf_init(&b);
	/* The XDG spec says relative values are to be ignored. */
	if ((env = getenv("XDG_DATA_HOME")) != NULL && env[0] == '/')
		buf_addstr(&b, env);
	else if ((env = getenv("HOME")) != NULL && env[0] == '/') {
		buf_addstr(&b, env);
		buf_addstr(&b, "/.local/share");
	} else {
		diag(DIAG_SYSERR, NULL, "cannot find the library: HOME is not "
		    "set (use -L FILE, PUBTOOL_LIBRARY or library: in the "
		    "configuration file)");
		buf_release(&b);
		return NULL;
	}
	buf_addstr(&b, "/pubtool/library.yaml");
	return buf_detach(&b);
}

/* Appends path to b, with a leading $HOME written "~". */
static void
add_shown(struct buf *b, const char *path)
{
	const char	*home = getenv("HOME");
	size_t		 len = home != NULL ? strlen(home) : 0;

	if (len > 1 && home[0] == '/' && strncmp(path, home, len) == 0 &&
	    path[len] == '/') {
		buf_addc(b, '~');
		path += len;
	}
	buf_addstr(b, path);
}

int
library_check(const char *path, const char *opt, bool must_exist)
{
	struct stat	 st;
	struct buf	 b;
	int		 rc = -1;

	buf_init(&b);
	add_shown(&b, path);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		diag_sys(NULL, "library '%s' is a directory; name the library "
		    "file, such as '%s/library.yaml'", buf_str(&b),
		    buf_str(&b));
	else if (must_exist && access(path, F_OK) != 0 && errno == ENOENT)
		diag_sys(NULL, "library '%s' does not exist yet; run "
		    "'pubtool import %s%s%sFILE' first", buf_str(&b),
		    opt != NULL ? "-L " : "", opt != NULL ? opt : "",
		    opt != NULL ? " " : "");
	else
		rc = 0;
	buf_release(&b);
	return rc;
}

/* Creates every missing directory above path, like mkdir -p. */
static int
make_parents(const char *path)
{
	char	*p, *slash;
	int	 rc = 0;

	p = xstrdup(path);
	for (slash = strchr(p + 1, '/'); slash != NULL;
	    slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			diag_errno(p, "cannot create directory");
			rc = -1;
			break;
		}
		*slash = '/';
	}
	free(p);
	return rc;
}

/*
 * Removes the temporary files that writers killed before they could
 * clean up left next to the library: ".NAME.XXXXXX", as atomic_open()
 * makes them.  Called under the lock, when no other writer can own one.
 */
static void
remove_stale(const char *path)
{
	const char	*slash = strrchr(path, '/'), *base;
	struct dirent	*de;
	struct buf	 dir, name;
	DIR		*d;
	size_t		 n;

	base = slash != NULL ? slash + 1 : path;
	buf_init(&dir);
	if (slash == NULL)
		buf_addstr(&dir, ".");
	else if (slash == path)
		buf_addstr(&dir, "/");
	else
		buf_add(&dir, path, (size_t)(slash - path));
	buf_init(&name);
	buf_addf(&name, ".%s.", base);
	n = name.len;
	if ((d = opendir(buf_str(&dir))) != NULL) {
		while ((de = readdir(d)) != NULL)
			if (strlen(de->d_name) == n + 6 &&
			    strncmp(de->d_name, buf_str(&name), n) == 0)
				(void)unlinkat(dirfd(d), de->d_name, 0);
		closedir(d);
	}
	buf_release(&name);
	buf_release(&dir);
}

int
library_lock(const char *path)
{
	struct flock	 fl;
	struct buf	 b;
	int		 fd;

	if (make_parents(path) != 0)
		return -1;
	buf_init(&b);
	buf_addstr(&b, path);
	buf_addstr(&b, ".lock");
	if ((fd = open(buf_str(&b), O_RDWR | O_CREAT | O_CLOEXEC, 0666)) ==
	    -1) {
		diag_errno(buf_str(&b), "cannot open lock file");
		buf_release(&b);
		return -1;
	}
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	while (fcntl(fd, F_SETLKW, &fl) == -1) {
		if (errno == EINTR)
			continue;
		diag_errno(buf_str(&b), "cannot lock");
		close(fd);
		fd = -1;
		break;
	}
	if (fd != -1)
		remove_stale(path);
	buf_release(&b);
	return fd;
}

void
library_unlock(int fd)
{
	if (fd != -1)
		close(fd);
}

static int
keep_record(void *arg, const struct record *rec)
{
	recset_add(arg, rec);
	return 0;
}

static int
keep_profile(void *arg, const struct profile *p)
{
	struct recset	*set = arg;

	set->profile = *p;
	set->has_profile = true;
	return 0;
}

int
library_load(const char *path, struct recset *set,
    const struct readopts *opts)
{
	struct sink	 sink = { keep_record, keep_profile, set };
	struct readopts	 libopts = *opts;
	struct stream	*in;
	int		 rc;

	if (access(path, F_OK) != 0 && errno == ENOENT)
		return 0;
	if ((in = stream_open(path)) == NULL)
		return -1;
	/* pubtool wrote it: what --max let in once must be read back. */
	libopts.limits = limits_none;
	rc = yaml_reader.read(in, &libopts, &sink);
	stream_free(in);
	return rc;
}

int
library_save(const char *path, const struct recset *set)
{
	struct atomic	*a;
	struct wopts	 wo = { 0 };
	void		*w;
	size_t		 i;
	int		 rc = 0;

	if ((a = atomic_open(path)) == NULL)
		return -1;
	if ((w = yaml_writer.open(atomic_file(a), &wo)) == NULL)
		rc = -1;
	if (rc == 0 && set->has_profile)
		rc = yaml_writer.profile(w, &set->profile);
	for (i = 0; rc == 0 && i < set->n; i++)
		rc = yaml_writer.put(w, set->recs[i]);
	if (w != NULL && yaml_writer.close(w) != 0)
		rc = -1;
	if (rc != 0) {
		diag_errno(path, "cannot write");
		atomic_abort(a);
		return -1;
	}
	return atomic_commit(a);
}
