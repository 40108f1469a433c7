#ifndef PIPELINE_H
#define PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct reader;
struct readopts;
struct sink;
struct stream;

/*
 * A relay runs work(arg) in a thread of its own, which hands items of a
 * fixed size over to the calling thread, in order, a batch at a time, so
 * that both processor cores work on one input.  Everything the worker
 * reports with diag() reaches stderr through the calling thread, where
 * it would have been printed without the thread: before the items the
 * worker put after it.  A few batches go round, so memory stays flat;
 * the worker waits while all are full.
 */
struct relay;

/*
 * Starts work(relay, arg) on in, whose reads the relay can cut short when
 * the calling thread stops; NULL (nothing started) when there is no
 * thread to be had.  release(item), when not NULL, frees what an item
 * holds besides its arena, in the worker once the calling thread is done
 * with the item's batch, and at relay_end(): an item taken stays valid
 * until the calling thread asks for the first item of the next batch.
 */
struct relay	*relay_start(size_t item_size,
		    int (*work)(struct relay *, void *arg), void *arg,
		    void (*release)(void *item), struct stream *in);
/*
 * In the worker: a slot for the next item, and in *arena an arena that
 * lives as long as the item, for what it points to.  A batch is handed
 * over when it holds BATCH_ITEMS items or its arena has handed out
 * BATCH_BYTES or more (pipeline.c).  NULL once the calling thread has
 * stopped: the worker should return.
 */
void		*relay_put(struct relay *, struct arena **arena);
/*
 * In the calling thread: the next item, after printing the messages the
 * worker reported before it; NULL once the worker has returned and
 * every item was taken.  The item is valid until the next call.
 */
void		*relay_get(struct relay *);
/*
 * Stops the worker (its reads end, relay_put() returns NULL), waits for
 * it, releases every item, frees the relay, and returns what work()
 * returned.  Messages the worker reported after the last item taken are
 * not printed.
 */
int		 relay_end(struct relay *);

/*
 * Reads in with reader r, handing each record to sink with the key it
 * gets from opts->keyer (when set; its own key else), and dropping (as
 * an error) a record with more authors than opts->limits.authors.
 * When r is threaded and opts->thread is set, the reading, the dropping
 * and the keying are done by a worker with a relay, which copies each
 * record into it, and the calling thread hands them to sink; the sink
 * sees the same calls in the same order as without a worker, and one
 * that stops the reading stops it at the same record.  Returns what
 * r->read() would.
 */
int		 pipeline_read(const struct reader *r, struct stream *in,
		    const struct readopts *opts, const struct sink *sink);

#endif /* PIPELINE_H */
