/*
 * The BibTeX writer.  (Skeleton: filled in by the BibTeX work.)
 */
#include <stdio.h>

#include "format.h"
#include "record.h"

static void	*bw_open(FILE *, const struct wopts *);
static int	 bw_put(void *, const struct record *);
static int	 bw_close(void *);

const struct writer bibtex_writer = {
	"bibtex", bw_open, bw_put, NULL, NULL, bw_close
};

static void *
bw_open(FILE *fp, const struct wopts *opts)
{
	(void)opts;
	return fp;
}

static int
bw_put(void *state, const struct record *r)
{
	(void)state;
	(void)r;
	return -1;
}

static int
bw_close(void *state)
{
	(void)state;
	return 0;
}
