/*
 * The CSV writer.  (Skeleton: filled in by the CSV work.)
 */
#include <stdio.h>

#include "format.h"
#include "record.h"

static void	*cw_open(FILE *, const struct wopts *);
static int	 cw_put(void *, const struct record *);
static int	 cw_close(void *);

const struct writer csv_writer = {
	"csv", cw_open, cw_put, NULL, NULL, cw_close
};

static void *
cw_open(FILE *fp, const struct wopts *opts)
{
	(void)opts;
	return fp;
}

static int
cw_put(void *state, const struct record *r)
{
	(void)state;
	(void)r;
	return -1;
}

static int
cw_close(void *state)
{
	(void)state;
	return 0;
}
