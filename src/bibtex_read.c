/*
 * The bibtex reader.  (Skeleton: being written.)
 */
#include "diag.h"
#include "format.h"
#include "record.h"
#include "stream.h"

static int	 bibtex_read(struct stream *, const struct readopts *,
		    const struct sink *);

const struct reader bibtex_reader = { "bibtex", bibtex_read };

static int
bibtex_read(struct stream *in, const struct readopts *opts,
    const struct sink *sink)
{
	struct srcpos	 pos = { NULL, 0, 0 };

	(void)opts;
	(void)sink;
	pos.file = stream_name(in);
	diag(DIAG_ERROR, &pos, "the bibtex reader is not written yet");
	return 0;
}
