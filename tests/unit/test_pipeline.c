/*
 * Unit tests for src/pipeline.c: the relay that hands items from a worker
 * thread to the calling thread (order, what an item may point to, when
 * items are released, the worker's messages, a stop), and reading in one
 * thread when no second thread can be had.
 */
#include <sys/resource.h>

#include <fcntl.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "pipeline.h"
#include "record.h"
#include "stream.h"
#include "tests.h"

/*
 * What a test's worker does, and what it saw.  The worker writes the
 * counts, the calling thread reads them once relay_end() has returned.
 */
struct job {
	size_t		 nitems;	/* items to put */
	bool		 with_text;	/* each points to text in its arena */
	size_t		 msg_every;	/* a warning and a reject before every
					   n-th item, 0 for none */
	bool		 msg_after;	/* an error after the last item */
	int		 rc;		/* what work() returns */
	size_t		 nput;		/* items put */
	bool		 saw_stop;	/* relay_put() returned NULL */
	unsigned char	*released;	/* release() calls, per item */
	size_t		 ntaken;	/* items the calling thread took */
	atomic_size_t	 done;		/* of them, those it is done with */
	atomic_bool	 ending;	/* relay_end() was called */
	atomic_bool	 early;		/* an item released too soon */
};

/* An item: its number, its job, and text in the item's arena. */
struct numbered {
	size_t		 i;
	struct job	*job;
	char		*text;
};

/* The worker of test_relay_stop_wakes_reader(): counts lines. */
struct line_job {
	struct stream	*in;
	atomic_size_t	 nread;
	int		 got;		/* stream_getline()'s last return */
};

static void	 job_init(struct job *, size_t);
static void	 job_release(struct job *);
static size_t	 text_len(size_t);
static bool	 text_is_intact(const struct numbered *);
static int	 put_numbers(struct relay *, void *);
static void	 release_number(void *);
static struct relay *start_numbers(struct job *, struct stream **);
static const struct numbered *take(struct relay *, struct job *);
static int	 end_numbers(struct relay *, struct job *);
static void	 check_released(const struct job *, size_t);
static const char *messages(FILE *, char **);
static int	 read_lines(struct relay *, void *);
static int	 read_nothing(struct relay *, void *);
static void	 fd_limit_lower(struct rlimit *);
static int	 fd_limit_restore(const struct rlimit *);
static void	 read_piped(const struct reader *, const char *, bool,
		    struct readres *);
static void	 check_same_reading(const struct readres *,
		    const struct readres *);

static void
job_init(struct job *job, size_t nitems)
{
	memset(job, 0, sizeof(*job));
	job->nitems = nitems;
	job->released = calloc(nitems, 1);
	ck_assert_ptr_nonnull(job->released);
	atomic_init(&job->done, 0);
	atomic_init(&job->ending, false);
	atomic_init(&job->early, false);
}

static void
job_release(struct job *job)
{
	free(job->released);
}

/* Item i's text is 1 to 3000 bytes long, so batches end by bytes too. */
static size_t
text_len(size_t i)
{
	return 1 + i * 37 % 3000;
}

/* Does the item's text still hold what the worker wrote? */
static bool
text_is_intact(const struct numbered *p)
{
	size_t	 len = text_len(p->i), k;

	if (p->text == NULL || strlen(p->text) != len)
		return false;
	for (k = 0; k < len; k++)
		if (p->text[k] != (char)('a' + p->i % 26))
			return false;
	return true;
}

/*
 * The worker: puts job->nitems numbered items, each after a message when
 * asked, and returns job->rc, early when relay_put() says stop.
 */
static int
put_numbers(struct relay *rl, void *arg)
{
	struct job		*job = arg;
	struct numbered		*p;
	struct arena		*a;
	const struct srcpos	 pos = { "in.bib", 3, 7 };
	size_t			 i, len;

	for (i = 0; i < job->nitems; i++) {
		if (job->msg_every > 0 && i % job->msg_every == 0) {
			diag(DIAG_WARN, NULL, "before item %zu", i);
			diag_reject();
		}
		if ((p = relay_put(rl, &a)) == NULL) {
			job->saw_stop = true;
			return job->rc;
		}
		p->i = i;
		p->job = job;
		p->text = NULL;
		if (job->with_text) {
			len = text_len(i);
			p->text = arena_alloc(a, len + 1);
			memset(p->text, 'a' + i % 26, len);
			p->text[len] = '\0';
		}
		job->nput++;
	}
	if (job->msg_after)
		diag(DIAG_ERROR, &pos, "after the last item");
	return job->rc;
}

/*
 * Counts the release of an item, and notes one that comes while the
 * calling thread may still use it: before it asked for the item after
 * it, unless relay_end() has been called.
 */
static void
release_number(void *item)
{
	struct numbered	*p = item;

	p->job->released[p->i]++;
	if (p->i >= atomic_load(&p->job->done) &&
	    !atomic_load(&p->job->ending))
		atomic_store(&p->job->early, true);
}

/* Starts put_numbers() on job, with release_number(). */
static struct relay *
start_numbers(struct job *job, struct stream **in)
{
	struct relay	*rl;

	*in = stream_from_memory("", 0, "<none>");
	rl = relay_start(sizeof(struct numbered), put_numbers, job,
	    release_number, *in);
	ck_assert_ptr_nonnull(rl);
	return rl;
}

/*
 * The next item, which must be the next number; NULL at the end.  The
 * items taken before are done with from now on.
 */
static const struct numbered *
take(struct relay *rl, struct job *job)
{
	const struct numbered	*p;

	atomic_store(&job->done, job->ntaken);
	if ((p = relay_get(rl)) == NULL)
		return NULL;
	ck_assert_uint_eq(p->i, job->ntaken);
	ck_assert_ptr_eq(p->job, job);
	job->ntaken++;
	return p;
}

/* relay_end(), after which any item may be released. */
static int
end_numbers(struct relay *rl, struct job *job)
{
	atomic_store(&job->ending, true);
	return relay_end(rl);
}

/* Each of the job's first n items was released once, the rest never. */
static void
check_released(const struct job *job, size_t n)
{
	size_t	 i;

	ck_assert(!atomic_load(&job->early));
	for (i = 0; i < job->nitems; i++)
		ck_assert_msg(job->released[i] == (i < n ? 1 : 0),
		    "item %zu released %d times", i, job->released[i]);
}

/* What was printed into fp so far; *buf is open_memstream()'s. */
static const char *
messages(FILE *fp, char **buf)
{
	ck_assert_int_eq(fflush(fp), 0);
	return *buf;
}

/*
 * A hundred thousand items, some fifty batches, arrive in order, and
 * relay_end() returns what work() returned.
 */
START_TEST(test_relay_order)
{
	struct job		 job;
	struct relay		*rl;
	struct stream		*in;
	size_t			 n = 0;

	job_init(&job, 100000);
	job.rc = 42;
	rl = start_numbers(&job, &in);
	while (take(rl, &job) != NULL)
		n++;
	ck_assert_uint_eq(n, job.nitems);
	ck_assert_ptr_null(relay_get(rl));
	ck_assert_int_eq(end_numbers(rl, &job), 42);
	ck_assert_uint_eq(job.nput, job.nitems);
	ck_assert(!job.saw_stop);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * What an item points to in its arena holds what the worker wrote until
 * the calling thread asks for the next item, across batches ended by
 * their items' bytes.  The worker gets time to run ahead while each item
 * is held.
 */
START_TEST(test_relay_arena)
{
	const struct timespec	 pause = { 0, 20000 };
	const struct numbered	*p;
	struct job		 job;
	struct relay		*rl;
	struct stream		*in;

	job_init(&job, 3000);	/* 4.5 MB of text: some twenty batches */
	job.with_text = true;
	rl = start_numbers(&job, &in);
	while ((p = take(rl, &job)) != NULL) {
		ck_assert_msg(text_is_intact(p), "item %zu taken", p->i);
		(void)nanosleep(&pause, NULL);
		ck_assert_msg(text_is_intact(p), "item %zu held", p->i);
	}
	ck_assert_uint_eq(job.ntaken, job.nitems);
	ck_assert_int_eq(end_numbers(rl, &job), 0);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * Every item is released exactly once, never before the calling thread
 * has asked for the item after it: some in the worker as it reuses
 * batches, the rest by relay_end().
 */
START_TEST(test_relay_release_all)
{
	struct job	 job;
	struct relay	*rl;
	struct stream	*in;

	job_init(&job, 10000);
	rl = start_numbers(&job, &in);
	while (take(rl, &job) != NULL)
		continue;
	ck_assert_int_eq(end_numbers(rl, &job), 0);
	ck_assert_uint_eq(job.nput, job.nitems);
	check_released(&job, job.nitems);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * The calling thread stops after five items while the worker waits for
 * a free batch: relay_put() returns NULL, the worker returns, and every
 * item it put is released exactly once.
 */
START_TEST(test_relay_release_stop)
{
	struct job	 job;
	struct relay	*rl;
	struct stream	*in;
	size_t		 i;

	job_init(&job, 100000);
	job.rc = 9;
	rl = start_numbers(&job, &in);
	for (i = 0; i < 5; i++)
		ck_assert_ptr_nonnull(take(rl, &job));
	ck_assert_int_eq(end_numbers(rl, &job), 9);
	ck_assert(job.saw_stop);
	ck_assert_uint_ge(job.nput, 5);
	ck_assert_uint_lt(job.nput, job.nitems);
	check_released(&job, job.nput);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * The worker's messages are printed by the calling thread, each before
 * the item put after it and not before the item put before it, and
 * counted then; a reject is counted as one.  A message after the last
 * item is printed before relay_get() returns NULL.
 */
START_TEST(test_relay_messages)
{
	const struct numbered	*p;
	struct job		 job;
	struct relay		*rl;
	struct stream		*in;
	struct buf		 want;
	FILE			*fp;
	char			*out = NULL;
	size_t			 len, nmsgs = 0;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	diag_reset(fp);
	buf_init(&want);
	buf_addstr(&want, "");
	job_init(&job, 5000);
	job.msg_every = 1000;
	job.msg_after = true;
	rl = start_numbers(&job, &in);
	while ((p = take(rl, &job)) != NULL) {
		if (p->i % job.msg_every == 0) {
			buf_addf(&want, "pubtool: warning: before item %zu\n",
			    p->i);
			nmsgs++;
		}
		ck_assert_str_eq(messages(fp, &out), buf_str(&want));
		ck_assert_uint_eq(diag_count(DIAG_WARN), nmsgs);
		ck_assert_uint_eq(diag_rejects(), nmsgs);
		ck_assert_uint_eq(diag_count(DIAG_ERROR), 0);
	}
	ck_assert_uint_eq(nmsgs, 5);
	buf_addstr(&want, "pubtool: in.bib:3:7: error: after the last item\n");
	ck_assert_str_eq(messages(fp, &out), buf_str(&want));
	ck_assert_uint_eq(diag_count(DIAG_ERROR), 1);
	ck_assert_int_eq(diag_status(), EXIT_DATA);
	ck_assert_int_eq(end_numbers(rl, &job), 0);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(fp), 0);
	free(out);
	buf_release(&want);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * pipeline.h: "Messages the worker reported after the last item taken
 * are not printed" by relay_end(), nor counted; those before it are.
 */
START_TEST(test_relay_messages_after_stop)
{
	const struct numbered	*p;
	struct job		 job;
	struct relay		*rl;
	struct stream		*in;
	FILE			*fp;
	char			*out = NULL;
	size_t			 len;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	diag_reset(fp);
	/*
	 * A warning and a reject, item 0, then the same before item 1 and
	 * an error after it: the one batch is handed over when work()
	 * returns, so all of them are in it when relay_end() comes.
	 */
	job_init(&job, 2);
	job.msg_every = 1;
	job.msg_after = true;
	job.rc = 3;
	rl = start_numbers(&job, &in);
	p = take(rl, &job);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(messages(fp, &out),
	    "pubtool: warning: before item 0\n");
	ck_assert_int_eq(end_numbers(rl, &job), 3);
	ck_assert(!job.saw_stop);
	ck_assert_str_eq(messages(fp, &out),
	    "pubtool: warning: before item 0\n");
	ck_assert_uint_eq(diag_count(DIAG_WARN), 1);
	ck_assert_uint_eq(diag_rejects(), 1);
	ck_assert_uint_eq(diag_count(DIAG_ERROR), 0);
	ck_assert_int_eq(diag_status(), EXIT_OK);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(fp), 0);
	free(out);
	stream_free(in);
	job_release(&job);
}
END_TEST

/* The worker of test_relay_stop_wakes_reader(): reads to the end. */
static int
read_lines(struct relay *rl, void *arg)
{
	struct line_job	*lj = arg;
	const char	*line;
	size_t		 len;

	(void)rl;
	while ((lj->got = stream_getline(lj->in, &line, &len)) == 1)
		atomic_fetch_add(&lj->nread, 1);
	return 5;
}

/*
 * A worker waiting for more from a pipe that stays open is woken by
 * relay_end(): its read ends as at end of file.
 */
START_TEST(test_relay_stop_wakes_reader)
{
	const struct timespec	 pause = { 0, 10 * 1000 * 1000 };
	struct line_job		 lj;
	struct relay		*rl;
	int			 fd[2], saved;

	ck_assert_int_eq(pipe(fd), 0);
	saved = stdin_replace(fd[0]);
	close(fd[0]);
	memset(&lj, 0, sizeof(lj));
	atomic_init(&lj.nread, 0);
	lj.in = stream_open("-");
	ck_assert_ptr_nonnull(lj.in);
	rl = relay_start(sizeof(int), read_lines, &lj, NULL, lj.in);
	ck_assert_ptr_nonnull(rl);
	ck_assert_int_eq(write(fd[1], "one\ntwo\n", 8), 8);
	while (atomic_load(&lj.nread) < 2)
		sched_yield();
	(void)nanosleep(&pause, NULL);	/* to be waiting by now */
	ck_assert_int_eq(relay_end(rl), 5);
	ck_assert_int_eq(lj.got, 0);
	ck_assert_uint_eq(atomic_load(&lj.nread), 2);
	stream_free(lj.in);
	close(fd[1]);
	stdin_restore(saved);
}
END_TEST

struct early_job {
	atomic_bool	 taken;		/* the calling thread has item 0 */
};

/*
 * Puts 40 items, then waits (five seconds at most) for the calling
 * thread to take the first: 0 if it did, 1 if not.
 */
static int
put_then_wait(struct relay *rl, void *arg)
{
	const struct timespec	 pause = { 0, 1000 * 1000 };
	struct early_job	*ej = arg;
	struct arena		*a;
	int			*item, i;

	for (i = 0; i < 40; i++) {
		if ((item = relay_put(rl, &a)) == NULL)
			return 2;
		*item = i;
	}
	for (i = 0; i < 5000 && !atomic_load(&ej->taken); i++)
		(void)nanosleep(&pause, NULL);
	return atomic_load(&ej->taken) ? 0 : 1;
}

/*
 * The first items are handed over in a small batch: the calling thread
 * has the first of them while the worker, 40 items on, is still at work
 * (a whole batch is 2048).
 */
START_TEST(test_relay_first_batch_small)
{
	struct early_job	 ej;
	struct stream		*in = stream_from_memory("", 0, "<none>");
	struct relay		*rl;
	const int		*item;
	int			 want = 0;

	atomic_init(&ej.taken, false);
	rl = relay_start(sizeof(int), put_then_wait, &ej, NULL, in);
	ck_assert_ptr_nonnull(rl);
	while ((item = relay_get(rl)) != NULL) {
		ck_assert_int_eq(*item, want++);
		atomic_store(&ej.taken, true);
	}
	ck_assert_int_eq(want, 40);
	ck_assert_int_eq(relay_end(rl), 0);
	stream_free(in);
}
END_TEST

/* A worker that reads nothing. */
static int
read_nothing(struct relay *rl, void *arg)
{
	(void)rl;
	(void)arg;
	return 0;
}

/*
 * After relay_end() the stream reads as before: it no longer waits on
 * the relay's wake-up pipe, which is closed, and whose number the next
 * pipe takes (made readable here, as an interrupt would be).
 */
START_TEST(test_relay_end_forgets_stream)
{
	struct stream	*in;
	struct relay	*rl;
	const char	*line;
	size_t		 len;
	int		 fd[2], other[2], saved;

	ck_assert_int_eq(pipe(fd), 0);
	saved = stdin_replace(fd[0]);
	close(fd[0]);
	in = stream_open("-");
	ck_assert_ptr_nonnull(in);
	rl = relay_start(sizeof(int), read_nothing, NULL, NULL, in);
	ck_assert_ptr_nonnull(rl);
	ck_assert_int_eq(relay_end(rl), 0);
	ck_assert_int_eq(pipe(other), 0);
	ck_assert_int_eq(write(other[1], "x", 1), 1);
	ck_assert_int_eq(write(fd[1], "one\n", 4), 4);
	close(fd[1]);
	ck_assert_int_eq(stream_getline(in, &line, &len), 1);
	ck_assert_uint_eq(len, 3);
	ck_assert_int_eq(memcmp(line, "one", 3), 0);
	ck_assert_int_eq(stream_getline(in, &line, &len), 0);
	stream_free(in);
	close(other[0]);
	close(other[1]);
	stdin_restore(saved);
}
END_TEST

/*
 * Lowers the soft limit on open descriptors to the lowest free one, so
 * that pipe(2) fails with EMFILE and relay_start() has no thread.  The
 * hard limit stays (valgrind refuses to change it, and emulates the soft
 * one).  No assertion may fail before fd_limit_restore(): under
 * CK_FORK=no the limit would stay low for the tests after.
 */
static void
fd_limit_lower(struct rlimit *saved)
{
	struct rlimit	 lim;
	int		 fd;

	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, saved), 0);
	fd = open("/dev/null", O_RDONLY);
	ck_assert_int_ge(fd, 0);
	close(fd);
	lim.rlim_cur = (rlim_t)fd;
	lim.rlim_max = saved->rlim_max;
	ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &lim), 0);
}

static int
fd_limit_restore(const struct rlimit *saved)
{
	return setrlimit(RLIMIT_NOFILE, saved);
}

/* Without a descriptor for its pipe, relay_start() starts nothing. */
START_TEST(test_relay_start_fails)
{
	struct job	 job;
	struct relay	*rl;
	struct stream	*in;
	struct rlimit	 saved;
	int		 fd[2], piped;

	job_init(&job, 10);
	in = stream_from_memory("", 0, "<none>");
	fd_limit_lower(&saved);
	rl = relay_start(sizeof(struct numbered), put_numbers, &job,
	    release_number, in);
	piped = pipe(fd);
	ck_assert_int_eq(fd_limit_restore(&saved), 0);
	if (piped == 0) {
		close(fd[0]);
		close(fd[1]);
	}
	ck_assert_int_eq(piped, -1);	/* the limit held */
	ck_assert_ptr_null(rl);
	ck_assert_uint_eq(job.nput, 0);
	check_released(&job, 0);
	stream_free(in);
	job_release(&job);
}
END_TEST

/*
 * Reads s through a pipe as standard input as input.c's read_one() does
 * when a thread is allowed: pipeline_read() for a threaded reader, else
 * the reader, which may start a relay of its own.  no_thread: with too
 * few descriptors for a relay.
 */
static void
read_piped(const struct reader *r, const char *s, bool no_thread,
    struct readres *res)
{
	struct sink		 sink;
	struct readopts		 opts;
	struct stream		*in;
	struct rlimit		 saved;
	FILE			*msgs;
	size_t			 len = strlen(s), msglen;
	int			 fd[2], stdin_saved, rc;

	readres_init(res);
	sink = readres_sink(res);
	ck_assert_uint_lt(len, 4096);	/* fits in the pipe */
	ck_assert_int_eq(pipe(fd), 0);
	ck_assert_int_eq(write(fd[1], s, len), (ssize_t)len);
	close(fd[1]);
	stdin_saved = stdin_replace(fd[0]);
	close(fd[0]);
	msgs = open_memstream(&res->diag, &msglen);
	ck_assert_ptr_nonnull(msgs);
	diag_reset(msgs);
	memset(&opts, 0, sizeof(opts));
	opts.asof = res->asof;
	opts.limits = res->limits;
	opts.thread = true;
	in = stream_open("-");
	ck_assert_ptr_nonnull(in);
	ck_assert(!stream_is_short(in, 1));	/* read_one() would thread */
	if (no_thread)
		fd_limit_lower(&saved);
	if (r->threaded)
		res->rc = pipeline_read(r, in, &opts, &sink);
	else
		res->rc = r->read(in, &opts, &sink);
	rc = no_thread ? fd_limit_restore(&saved) : 0;
	ck_assert_int_eq(rc, 0);
	stream_free(in);
	res->nerrors = diag_count(DIAG_ERROR);
	res->nrejects = diag_rejects();
	diag_reset(NULL);
	ck_assert_int_eq(fclose(msgs), 0);
	stdin_restore(stdin_saved);
}

/* Two readings gave the same records, profile, messages and result. */
static void
check_same_reading(const struct readres *a, const struct readres *b)
{
	size_t	 i;

	ck_assert_int_eq(a->rc, b->rc);
	ck_assert_str_eq(a->diag, b->diag);
	ck_assert_uint_eq(a->nerrors, b->nerrors);
	ck_assert_uint_eq(a->nrejects, b->nrejects);
	ck_assert_uint_eq(a->nprofiles, b->nprofiles);
	ck_assert(a->set.has_profile == b->set.has_profile);
	if (a->set.has_profile)
		ck_assert(profile_equal(&a->set.profile,
		    &b->set.profile));
	ck_assert_uint_eq(a->set.n, b->set.n);
	for (i = 0; i < a->set.n; i++) {
		check_record_eq(a->set.recs[i], b->set.recs[i]);
		ck_assert_uint_eq(a->set.recs[i]->pos.line,
		    b->set.recs[i]->pos.line);
	}
}

/*
 * When relay_start() fails, pipeline_read() (BibTeX) and the YAML reader
 * read the input in the calling thread: the same records, messages and
 * result as with a thread.
 */
START_TEST(test_pipeline_read_no_thread)
{
	static const char bib[] =
	    "@misc{notitle2020,\n"
	    "  author = {Yokota, Rio},\n"
	    "  year   = 2020,\n"
	    "}\n"
	    "@article{good2021,\n"
	    "  author = {Yokota, Rio and Autor, Ana},\n"
	    "  title  = {A {\\'E}tude},\n"
	    "  year   = 2021,\n"
	    "}\n"
	    "@misc{other2022,\n"
	    "  author = {Baker, Ben},\n"
	    "  title  = {Another},\n"
	    "  year   = 2022,\n"
	    "}\n";
	static const char yaml[] =
	    "---\n"
	    "key: \"good2021\"\n"
	    "title: \"A Paper\"\n"
	    "authors: [\"Ana Autor\"]\n"
	    "date: \"2021-11-02\"\n"
	    "---\n"
	    "title: \"A Bad Paper\"\n"
	    "authors: [\"Ana Autor\"]\n"
	    "citations: 12\n"
	    "---\n"
	    "title: \"Another Paper\"\n"
	    "authors: [\"Ben Baker\"]\n";
	static const struct {
		const struct reader	*reader;
		const char		*input;
		const char		*title;	/* of the second record */
	} cases[] = {
		{ &bibtex_reader, bib, "Another" },
		{ &yaml_reader, yaml, "Another Paper" }
	};
	struct readres	 threaded, alone;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		read_piped(cases[i].reader, cases[i].input, false, &threaded);
		read_piped(cases[i].reader, cases[i].input, true, &alone);
		ck_assert_int_eq(alone.rc, 0);
		ck_assert_uint_eq(alone.set.n, 2);
		ck_assert_str_eq(alone.set.recs[1]->title,
		    cases[i].title);
		ck_assert_uint_eq(alone.nerrors, 1);
		ck_assert_uint_eq(alone.nrejects, 1);
		check_same_reading(&alone, &threaded);
		readres_release(&threaded);
		readres_release(&alone);
	}
}
END_TEST

Suite *
pipeline_suite(void)
{
	Suite	*s = suite_create("pipeline");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_relay_order);
	tcase_add_test(tc, test_relay_arena);
	tcase_add_test(tc, test_relay_release_all);
	tcase_add_test(tc, test_relay_release_stop);
	tcase_add_test(tc, test_relay_messages);
	tcase_add_test(tc, test_relay_messages_after_stop);
	tcase_add_test(tc, test_relay_stop_wakes_reader);
	tcase_add_test(tc, test_relay_end_forgets_stream);
	tcase_add_test(tc, test_relay_first_batch_small);
	tcase_add_test(tc, test_relay_start_fails);
	tcase_add_test(tc, test_pipeline_read_no_thread);
	suite_add_tcase(s, tc);
	return s;
}
