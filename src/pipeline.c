#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "key.h"
#include "pipeline.h"
#include "record.h"
#include "stream.h"
#include "xalloc.h"

/*
 * A batch is handed over when it holds BATCH_ITEMS items or about
 * BATCH_BYTES in its arena; NBATCHES go round.  The first batches are
 * smaller, from FIRST_BATCH_ITEMS and FIRST_BATCH_BYTES, each twice the
 * one before: the calling thread starts as soon as the reader has a few
 * records, not after a whole batch.
 */
#define NBATCHES		4
#define BATCH_ITEMS		2048
#define BATCH_BYTES		(256 * 1024)
#define FIRST_BATCH_ITEMS	16
#define FIRST_BATCH_BYTES	(2 * 1024)

/* Each slot: this header, then the caller's item. */
struct slot {
	int		 level;		/* a message: as diag_replay() */
	const char	*text;		/* the message, NULL for a reject */
	bool		 message;	/* else an item */
};

struct batch {
	struct arena	 arena;
	unsigned char	*slots;		/* BATCH_ITEMS slots of slot_size */
	size_t		 n;
};

struct relay {
	pthread_mutex_t	 lock;
	pthread_cond_t	 filled;	/* a batch is ready, or done */
	pthread_cond_t	 emptied;	/* a batch is free, or stop */
	struct batch	 batches[NBATCHES];
	size_t		 slot_size;
	size_t		 head;		/* the batch being taken */
	size_t		 taken;		/* items of it taken */
	bool		 has_head;	/* the calling thread holds it */
	size_t		 ready;		/* batches handed over */
	bool		 done;		/* work() has returned */
	atomic_bool	 stop;
	int		 rc;		/* what work() returned */
	int		 wake[2];	/* a pipe that ends the worker's reads */
	struct stream	*in;		/* whose reads it ends */
	pthread_t	 thread;
	/* The worker's side. */
	size_t		 fill;		/* the batch being filled */
	size_t		 max_items;	/* it is handed over at so many */
	size_t		 max_bytes;	/* or at so many bytes */
	int		 (*work)(struct relay *, void *);
	void		*arg;
	void		 (*release)(void *);	/* of an item, or NULL */
};

static struct slot *
slot_at(const struct relay *rl, const struct batch *b, size_t i)
{
	return (struct slot *)(void *)(b->slots + i * rl->slot_size);
}

static void *
item_of(struct slot *s)
{
	return (unsigned char *)s + sizeof(struct slot);
}

/*
 * Releases the items of batch b and empties it.  In the worker, where
 * they were made: memory freed in the thread that allocated it stays in
 * its allocator's caches (freed in the other thread, each free and the
 * next malloc met on the allocator's lock).
 */
static void
empty_batch(struct relay *rl, struct batch *b)
{
	struct slot	*s;
	size_t		 i;

	for (i = 0; rl->release != NULL && i < b->n; i++)
		if (!(s = slot_at(rl, b, i))->message)
			rl->release(item_of(s));
	arena_reset(&b->arena);
	b->n = 0;
}

/*
 * Hands the batch being filled over and waits for a free one; false once
 * the calling thread has stopped.
 */
static bool
hand_over(struct relay *rl)
{
	struct batch	*b;
	bool		 stop;

	pthread_mutex_lock(&rl->lock);
	rl->ready++;
	pthread_cond_signal(&rl->filled);
	while (rl->ready == NBATCHES && !atomic_load(&rl->stop))
		pthread_cond_wait(&rl->emptied, &rl->lock);
	stop = atomic_load(&rl->stop);
	pthread_mutex_unlock(&rl->lock);
	if (stop)
		return false;
	rl->fill = (rl->fill + 1) % NBATCHES;
	if (rl->max_items < BATCH_ITEMS) {
		rl->max_items *= 2;
		rl->max_bytes *= 2;
	}
	b = &rl->batches[rl->fill];
	empty_batch(rl, b);
	return true;
}

/* The next slot of the batch being filled, or NULL after a stop. */
static struct slot *
next_slot(struct relay *rl)
{
	struct batch	*b = &rl->batches[rl->fill];

	if (atomic_load(&rl->stop))
		return NULL;
	if ((b->n == rl->max_items || b->arena.total >= rl->max_bytes) &&
	    !hand_over(rl))
		return NULL;
	b = &rl->batches[rl->fill];
	return slot_at(rl, b, b->n++);
}

void *
relay_put(struct relay *rl, struct arena **arena)
{
	struct slot	*s;

	if ((s = next_slot(rl)) == NULL)
		return NULL;
	s->message = false;
	*arena = &rl->batches[rl->fill].arena;
	return item_of(s);
}

/* diag_capture()'s message: kept as text, in the worker's order. */
static void
take_message(void *arg, int level, const char *text)
{
	struct relay	*rl = arg;
	struct slot	*s;

	if ((s = next_slot(rl)) == NULL)
		return;		/* after a stop nothing more is printed */
	s->message = true;
	s->level = level;
	s->text = text == NULL ? NULL :
	    arena_strdup(&rl->batches[rl->fill].arena, text);
}

static void *
run(void *arg)
{
	struct relay			*rl = arg;
	const struct diag_capture	 capture = { take_message, rl };
	int				 rc;

	diag_capture(&capture);
	rc = rl->work(rl, rl->arg);
	diag_capture(NULL);
	pthread_mutex_lock(&rl->lock);
	if (!atomic_load(&rl->stop) && rl->batches[rl->fill].n > 0)
		rl->ready++;
	rl->done = true;
	rl->rc = rc;
	pthread_cond_signal(&rl->filled);
	pthread_mutex_unlock(&rl->lock);
	return NULL;
}

static void
relay_free(struct relay *rl)
{
	size_t	 i;

	for (i = 0; i < NBATCHES; i++) {
		arena_release(&rl->batches[i].arena);
		free(rl->batches[i].slots);
	}
	close(rl->wake[0]);
	close(rl->wake[1]);
	pthread_cond_destroy(&rl->emptied);
	pthread_cond_destroy(&rl->filled);
	pthread_mutex_destroy(&rl->lock);
	free(rl);
}

struct relay *
relay_start(size_t item_size, int (*work)(struct relay *, void *),
    void *arg, void (*release)(void *), struct stream *in)
{
	struct relay	*rl;
	size_t		 i, align = sizeof(max_align_t);

	rl = xcalloc(1, sizeof(*rl));
	if (pipe(rl->wake) == -1) {
		free(rl);
		return NULL;
	}
	(void)fcntl(rl->wake[0], F_SETFD, FD_CLOEXEC);
	(void)fcntl(rl->wake[1], F_SETFD, FD_CLOEXEC);
	rl->slot_size = (sizeof(struct slot) + item_size + align - 1) /
	    align * align;
	for (i = 0; i < NBATCHES; i++) {
		arena_init(&rl->batches[i].arena);
		rl->batches[i].slots = xreallocarray(NULL, BATCH_ITEMS,
		    rl->slot_size);
	}
	pthread_mutex_init(&rl->lock, NULL);
	pthread_cond_init(&rl->filled, NULL);
	pthread_cond_init(&rl->emptied, NULL);
	atomic_init(&rl->stop, false);
	rl->max_items = FIRST_BATCH_ITEMS;
	rl->max_bytes = FIRST_BATCH_BYTES;
	rl->work = work;
	rl->arg = arg;
	rl->release = release;
	rl->in = in;
	stream_set_interrupt(in, rl->wake[0]);
	if (pthread_create(&rl->thread, NULL, run, rl) != 0) {
		stream_set_interrupt(in, -1);
		relay_free(rl);
		return NULL;
	}
	return rl;
}

void *
relay_get(struct relay *rl)
{
	struct slot	*s;

	for (;;) {
		/*
		 * A batch handed over is the calling thread's until it gives
		 * it back: its items are taken without the lock.
		 */
		if (rl->has_head && rl->taken < rl->batches[rl->head].n) {
			s = slot_at(rl, &rl->batches[rl->head], rl->taken++);
			if (!s->message)
				return item_of(s);
			diag_replay(s->level, s->text);
			continue;
		}
		pthread_mutex_lock(&rl->lock);
		if (rl->has_head) {
			/* This batch is used up: give it back. */
			rl->head = (rl->head + 1) % NBATCHES;
			rl->taken = 0;
			rl->ready--;
			rl->has_head = false;
			pthread_cond_signal(&rl->emptied);
		}
		while (rl->ready == 0 && !rl->done)
			pthread_cond_wait(&rl->filled, &rl->lock);
		rl->has_head = rl->ready > 0;
		pthread_mutex_unlock(&rl->lock);
		if (!rl->has_head)
			return NULL;
	}
}

int
relay_end(struct relay *rl)
{
	size_t	 i;
	int	 rc;
	char	 c = 0;

	pthread_mutex_lock(&rl->lock);
	atomic_store(&rl->stop, true);
	pthread_cond_signal(&rl->emptied);
	pthread_mutex_unlock(&rl->lock);
	while (write(rl->wake[1], &c, 1) == -1 && errno == EINTR)
		continue;
	pthread_join(rl->thread, NULL);
	/* The wake-up pipe is closed below: the stream forgets it. */
	stream_set_interrupt(rl->in, -1);
	/* Every batch holds only items not yet released. */
	for (i = 0; i < NBATCHES; i++)
		empty_batch(rl, &rl->batches[i]);
	rc = rl->rc;
	relay_free(rl);
	return rc;
}

/* The record pipeline: what the worker puts. */
struct piped {
	struct record	*rec;		/* NULL: a profile header */
	struct profile	 profile;
};

struct piped_read {
	const struct reader	*reader;
	struct stream		*in;
	const struct readopts	*opts;
	struct relay		*relay;		/* the worker's */
};

/* A stop value the worker's sink returns once the relay has stopped. */
#define RELAY_STOPPED	(-1000)

/*
 * Does a record read go on?  Not one with more authors than the limit
 * (an error).  *key is the key it goes on with: from the readopts'
 * keyer when there is one, else its own.
 */
static bool
admit(const struct readopts *opts, const struct record *r,
    const char **key)
{
	if (r->authors.n > opts->limits.authors) {
		diag(DIAG_ERROR, &r->pos, "%zu authors (more than %zu; "
		    "--max authors=N raises the limit)", r->authors.n,
		    opts->limits.authors);
		diag_reject();
		return false;
	}
	*key = opts->keyer != NULL ? keyer_assign(opts->keyer, r) : r->key;
	return true;
}

static int
put_record(void *arg, const struct record *rec)
{
	struct piped_read	*pr = arg;
	struct piped		*p;
	struct arena		*a;
	struct record		 r = *rec;

	if (!admit(pr->opts, rec, &r.key))
		return 0;
	if ((p = relay_put(pr->relay, &a)) == NULL)
		return RELAY_STOPPED;
	p->rec = record_copy(a, &r);
	return 0;
}

static int
put_profile(void *arg, const struct profile *prof)
{
	struct piped_read	*pr = arg;
	struct piped		*p;
	struct arena		*a;

	if ((p = relay_put(pr->relay, &a)) == NULL)
		return RELAY_STOPPED;
	p->rec = NULL;
	p->profile = *prof;
	return 0;
}

static int
read_records(struct relay *rl, void *arg)
{
	struct piped_read	*pr = arg;
	const struct sink	 sink = { put_record, put_profile, pr };

	struct readopts		 opts = *pr->opts;

	pr->relay = rl;
	/* The calling thread calls finish(), in pipeline_read(). */
	opts.finish_later = pr->reader->finish != NULL;
	return pr->reader->read(pr->in, &opts, &sink);
}

/* The records of a reader that runs in the calling thread. */
struct admitting {
	const struct readopts	*opts;
	const struct sink	*next;
};

static int
admit_record(void *arg, const struct record *rec)
{
	const struct admitting	*ad = arg;
	struct record		 r = *rec;

	if (!admit(ad->opts, rec, &r.key))
		return 0;
	return ad->next->record(ad->next->arg, &r);
}

static int
admit_profile(void *arg, const struct profile *p)
{
	const struct admitting	*ad = arg;

	return ad->next->profile(ad->next->arg, p);
}

int
pipeline_read(const struct reader *r, struct stream *in,
    const struct readopts *opts, const struct sink *sink)
{
	struct piped_read	 pr = { r, in, opts, NULL };
	struct admitting	 ad = { opts, sink };
	const struct sink	 admitted = { admit_record,
	    sink->profile != NULL ? admit_profile : NULL, &ad };
	struct relay		*rl = NULL;
	const struct piped	*p;
	struct arena		 finished;
	struct buf		 scratch;
	int			 stop = 0, rc;

	if (!r->threaded || !opts->thread || (rl = relay_start(
	    sizeof(struct piped), read_records, &pr, NULL, in)) == NULL)
		return r->read(in, opts, &admitted);	/* here, then */
	arena_init(&finished);
	buf_init(&scratch);
	while (stop == 0 && (p = relay_get(rl)) != NULL) {
		if (p->rec == NULL) {
			if (sink->profile != NULL)
				stop = sink->profile(sink->arg, &p->profile);
			continue;
		}
		if (r->finish != NULL) {
			arena_reset(&finished);
			r->finish(p->rec, &finished, &scratch);
		}
		stop = sink->record(sink->arg, p->rec);
	}
	rc = relay_end(rl);
	buf_release(&scratch);
	arena_release(&finished);
	return stop != 0 ? stop : rc;
}
