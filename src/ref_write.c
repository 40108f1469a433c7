/*
 * The reference writer (cite -F text).  (Skeleton: filled in by the reference work.)
 */
#include <stdio.h>

#include "format.h"
#include "record.h"

static void	*rw_open(FILE *, const struct wopts *);
static int	 rw_put(void *, const struct record *);
static int	 rw_close(void *);

const struct writer ref_writer = {
	"text", rw_open, rw_put, NULL, NULL, rw_close
};

static void *
rw_open(FILE *fp, const struct wopts *opts)
{
	(void)opts;
	return fp;
}

static int
rw_put(void *state, const struct record *r)
{
	(void)state;
	(void)r;
	return -1;
}

static int
rw_close(void *state)
{
	(void)state;
	return 0;
}
