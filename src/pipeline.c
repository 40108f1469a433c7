#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "format.h"
#include "pipeline.h"
#include "record.h"
#include "xalloc.h"

/*
 * The reader's thread fills batches: copies of its records, profile
 * headers and messages, in the order it made them, in the batch's arena.
 * A few batches go round between the two threads, so memory stays flat:
 * a batch is handed over when it holds BATCH_ITEMS items or BATCH_BYTES
 * of copies, and the reader waits when every batch is full.
 */
#define NBATCHES	4
#define BATCH_ITEMS	256
#define BATCH_BYTES	(64 * 1024)

enum item_kind { ITEM_RECORD, ITEM_PROFILE, ITEM_MESSAGE };

struct item {
	enum item_kind	 kind;
	int		 level;		/* ITEM_MESSAGE: as diag_replay() */
	const char	*text;		/* ITEM_MESSAGE; NULL for a reject */
	struct record	*rec;		/* ITEM_RECORD */
	struct profile	 profile;	/* ITEM_PROFILE */
};

struct batch {
	struct arena	 arena;
	struct item	 items[BATCH_ITEMS];
	size_t		 n;
	size_t		 bytes;		/* copied into the arena, roughly */
};

struct pipeline {
	pthread_mutex_t		 lock;
	pthread_cond_t		 filled;	/* a batch is ready, or done */
	pthread_cond_t		 emptied;	/* a batch is free, or stop */
	struct batch		 batches[NBATCHES];
	size_t			 head;		/* next batch to hand on */
	size_t			 ready;		/* batches handed over */
	bool			 done;		/* the reader has returned */
	int			 rc;		/* what it returned */
	atomic_int		 stop;		/* the sink's stop value */
	/* The reader's side. */
	size_t			 fill;		/* the batch being filled */
	const struct reader	*reader;
	struct stream		*in;
	const struct readopts	*opts;
};

/*
 * Hands the batch being filled over and waits for a free one.  Returns
 * the sink's stop value when it stopped the reading, else 0.
 */
static int
hand_over(struct pipeline *p)
{
	struct batch	*b;
	int		 stop;

	pthread_mutex_lock(&p->lock);
	p->ready++;
	pthread_cond_signal(&p->filled);
	while (p->ready == NBATCHES && atomic_load(&p->stop) == 0)
		pthread_cond_wait(&p->emptied, &p->lock);
	stop = atomic_load(&p->stop);
	pthread_mutex_unlock(&p->lock);
	if (stop == 0) {
		p->fill = (p->fill + 1) % NBATCHES;
		b = &p->batches[p->fill];
		arena_reset(&b->arena);
		b->n = b->bytes = 0;
	}
	return stop;
}

/*
 * The next free item of the batch being filled, or NULL with the sink's
 * stop value in *stop once it stopped the reading.
 */
static struct item *
add_item(struct pipeline *p, enum item_kind kind, int *stop)
{
	struct batch	*b = &p->batches[p->fill];

	if ((*stop = atomic_load(&p->stop)) != 0)
		return NULL;
	if (b->n == BATCH_ITEMS || b->bytes >= BATCH_BYTES) {
		if ((*stop = hand_over(p)) != 0)
			return NULL;
		b = &p->batches[p->fill];
	}
	b->items[b->n].kind = kind;
	return &b->items[b->n++];
}

/* The size of a record's strings, to know when a batch is full. */
static size_t
record_bytes(const struct record *r)
{
	size_t		 n = sizeof(*r), i;
	const char	*f;

	for (i = 0; i < RF_NSTRING; i++)
		if ((f = record_field_get(r, (enum record_field)i)) != NULL)
			n += strlen(f) + 1;
	for (i = 0; i < r->authors.n; i++)
		n += strlen(r->authors.v[i]) + 1 + sizeof(char *);
	return n;
}

static int
take_record(void *arg, const struct record *rec)
{
	struct pipeline	*p = arg;
	struct item	*it;
	struct batch	*b;
	int		 stop;

	if ((it = add_item(p, ITEM_RECORD, &stop)) == NULL)
		return stop;
	b = &p->batches[p->fill];
	it->rec = record_copy(&b->arena, rec);
	b->bytes += record_bytes(rec);
	return 0;
}

static int
take_profile(void *arg, const struct profile *prof)
{
	struct pipeline	*p = arg;
	struct item	*it;
	int		 stop;

	if ((it = add_item(p, ITEM_PROFILE, &stop)) == NULL)
		return stop;
	it->profile = *prof;
	return 0;
}

/* diag_capture()'s message: kept as text for the other thread. */
static void
take_message(void *arg, int level, const char *text)
{
	struct pipeline	*p = arg;
	struct item	*it;
	struct batch	*b;
	int		 stop;

	/* After a stop nothing more is printed, as without the thread. */
	if ((it = add_item(p, ITEM_MESSAGE, &stop)) == NULL)
		return;
	b = &p->batches[p->fill];
	it->level = level;
	it->text = text == NULL ? NULL : arena_strdup(&b->arena, text);
	if (text != NULL)
		b->bytes += strlen(text) + 1;
}

static void *
run_reader(void *arg)
{
	struct pipeline			*p = arg;
	const struct sink		 sink = { take_record, take_profile, p };
	const struct diag_capture	 capture = { take_message, p };
	int				 rc;

	diag_capture(&capture);
	rc = p->reader->read(p->in, p->opts, &sink);
	diag_capture(NULL);
	pthread_mutex_lock(&p->lock);
	if (atomic_load(&p->stop) == 0 && p->batches[p->fill].n > 0)
		p->ready++;
	p->done = true;
	p->rc = rc;
	pthread_cond_signal(&p->filled);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/*
 * Hands the items of batch b to sink; returns the sink's stop value, or
 * 0 when it took them all.
 */
static int
hand_on(const struct batch *b, const struct sink *sink)
{
	const struct item	*it;
	size_t			 i;
	int			 stop = 0;

	for (i = 0; i < b->n && stop == 0; i++) {
		it = &b->items[i];
		switch (it->kind) {
		case ITEM_RECORD:
			stop = sink->record(sink->arg, it->rec);
			break;
		case ITEM_PROFILE:
			if (sink->profile != NULL)
				stop = sink->profile(sink->arg, &it->profile);
			break;
		case ITEM_MESSAGE:
			diag_replay(it->level, it->text);
			break;
		}
	}
	return stop;
}

int
pipeline_read(const struct reader *r, struct stream *in,
    const struct readopts *opts, const struct sink *sink)
{
	struct pipeline	*p;
	pthread_t	 thread;
	struct batch	*b;
	size_t		 i;
	int		 stop = 0, rc;

	p = xcalloc(1, sizeof(*p));
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->filled, NULL);
	pthread_cond_init(&p->emptied, NULL);
	atomic_init(&p->stop, 0);
	for (i = 0; i < NBATCHES; i++)
		arena_init(&p->batches[i].arena);
	p->reader = r;
	p->in = in;
	p->opts = opts;
	if (pthread_create(&thread, NULL, run_reader, p) != 0) {
		/* No thread to be had: read here, as without one. */
		rc = r->read(in, opts, sink);
		goto out;
	}
	for (;;) {
		pthread_mutex_lock(&p->lock);
		while (p->ready == 0 && !p->done)
			pthread_cond_wait(&p->filled, &p->lock);
		if (p->ready == 0) {
			pthread_mutex_unlock(&p->lock);
			break;
		}
		b = &p->batches[p->head];
		pthread_mutex_unlock(&p->lock);
		stop = hand_on(b, sink);
		pthread_mutex_lock(&p->lock);
		p->head = (p->head + 1) % NBATCHES;
		p->ready--;
		if (stop != 0)
			atomic_store(&p->stop, stop);
		pthread_cond_signal(&p->emptied);
		pthread_mutex_unlock(&p->lock);
		if (stop != 0)
			break;
	}
	pthread_join(thread, NULL);
	rc = stop != 0 ? stop : p->rc;
out:
	for (i = 0; i < NBATCHES; i++)
		arena_release(&p->batches[i].arena);
	pthread_cond_destroy(&p->emptied);
	pthread_cond_destroy(&p->filled);
	pthread_mutex_destroy(&p->lock);
	free(p);
	return rc;
}
