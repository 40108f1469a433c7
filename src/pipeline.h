#ifndef PIPELINE_H
#define PIPELINE_H

struct reader;
struct readopts;
struct sink;
struct stream;

/*
 * Runs r->read(in, opts, ...) in a thread of its own while the calling
 * thread hands the records to sink, so that reading and what the command
 * does with the records (filtering, keys, writing) use both cores.
 * Everything the reader reports reaches stderr through the calling
 * thread, in the order it would without the thread, and the sink sees
 * the same calls in the same order; a sink that stops the reading stops
 * it at the same record.  Returns what r->read() would.
 */
int	 pipeline_read(const struct reader *r, struct stream *in,
	    const struct readopts *opts, const struct sink *sink);

#endif /* PIPELINE_H */
