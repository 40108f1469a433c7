/*
 * Helpers shared by the unit tests: running a reader on a string as if
 * it were standard input, with its diagnostics captured, and writing
 * records into memory.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "diag.h"
#include "format.h"
#include "record.h"
#include "stream.h"
#include "tests.h"

static int	 collect_record(void *, const struct record *);
static int	 collect_profile(void *, const struct profile *);

void
readres_init(struct readres *res)
{
	memset(res, 0, sizeof(*res));
	ck_assert(date_parse(TEST_ASOF, &res->asof));
	res->limits = limits_default;
	recset_init(&res->set);
}

void
readres_release(struct readres *res)
{
	recset_release(&res->set);
	free(res->diag);
	res->diag = NULL;
}

struct sink
readres_sink(struct readres *res)
{
	struct sink	 sink;

	sink.record = collect_record;
	sink.profile = collect_profile;
	sink.arg = res;
	return sink;
}

/* The sink's record hook: keeps a copy, stops when asked to. */
static int
collect_record(void *arg, const struct record *rec)
{
	struct readres	*res = arg;

	recset_add(&res->set, rec);
	if (res->stop_after > 0 && res->set.n >= res->stop_after)
		return 7;
	return 0;
}

/* The sink's profile hook: keeps the figures and counts the calls. */
static int
collect_profile(void *arg, const struct profile *p)
{
	struct readres	*res = arg;

	res->set.has_profile = true;
	res->set.profile = *p;
	res->nprofiles++;
	return 0;
}

int
stdin_replace(int fd)
{
	int	 saved;

	saved = dup(STDIN_FILENO);
	ck_assert_int_ge(saved, 0);
	ck_assert_int_eq(dup2(fd, STDIN_FILENO), STDIN_FILENO);
	return saved;
}

void
stdin_restore(int saved)
{
	ck_assert_int_eq(dup2(saved, STDIN_FILENO), STDIN_FILENO);
	close(saved);
}

/*
 * The input goes into an anonymous temporary file that stands in for
 * standard input while the reader runs, because struct stream reads a
 * file descriptor; the real standard input is put back afterwards, so
 * this also works with CK_FORK=no.
 */
void
read_input(const struct reader *r, const char *s, size_t len,
    struct readres *res)
{
	FILE	*tmp;

	tmp = tmpfile();
	ck_assert_ptr_nonnull(tmp);
	ck_assert_uint_eq(fwrite(s, 1, len, tmp), len);
	ck_assert_int_eq(fflush(tmp), 0);
	ck_assert_int_eq(lseek(fileno(tmp), 0, SEEK_SET), 0);
	read_fd(r, fileno(tmp), res);
	fclose(tmp);
}

void
read_fd(const struct reader *r, int fd, struct readres *res)
{
	struct readopts	 opts;
	struct sink	 sink = readres_sink(res);
	struct stream	*in;
	FILE		*msgs;
	size_t		 msglen;
	int		 saved;

	saved = stdin_replace(fd);
	msgs = open_memstream(&res->diag, &msglen);
	ck_assert_ptr_nonnull(msgs);
	diag_reset(msgs);
	memset(&opts, 0, sizeof(opts));	/* no thread, no keyer */
	opts.asof = res->asof;
	opts.limits = res->limits;
	in = stream_open("-");
	ck_assert_ptr_nonnull(in);
	res->rc = r->read(in, &opts, &sink);
	stream_free(in);
	res->nerrors = diag_count(DIAG_ERROR);
	res->nwarnings = diag_count(DIAG_WARN);
	res->nrejects = diag_rejects();
	diag_reset(NULL);
	ck_assert_int_eq(fclose(msgs), 0);

	stdin_restore(saved);
}

void
read_unreadable(const struct reader *r, struct readres *res)
{
	int	 fd;

	fd = open("/", O_RDONLY);
	ck_assert_int_ge(fd, 0);
	read_fd(r, fd, res);
	close(fd);
}

void
read_str(const struct reader *r, const char *s, struct readres *res)
{
	read_input(r, s, strlen(s), res);
}

char *
write_records(const struct writer *w, const struct record *recs, size_t n,
    const struct profile *p)
{
	struct wopts	 opts;
	FILE		*fp;
	char		*out = NULL;
	size_t		 len, i;
	void		*state;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	memset(&opts, 0, sizeof(opts));
	state = w->open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	if (p != NULL) {
		ck_assert(w->profile != NULL);
		ck_assert_int_eq(w->profile(state, p), 0);
	}
	for (i = 0; i < n; i++)
		ck_assert_int_eq(w->put(state, &recs[i]), 0);
	ck_assert_int_eq(w->close(state), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

void
strlist_set(struct arena *a, struct strlist *l, const char *const *v)
{
	l->v = NULL;
	l->n = 0;
	for (; *v != NULL; v++)
		strlist_add(a, l, *v);
}

void
check_strlist(const struct strlist *l, const char *const *v)
{
	size_t	 i;

	for (i = 0; v[i] != NULL; i++) {
		ck_assert_msg(i < l->n, "list has %zu items, expected more",
		    l->n);
		ck_assert_str_eq(l->v[i], v[i]);
	}
	ck_assert_uint_eq(l->n, i);
}

void
check_record_eq(const struct record *a, const struct record *b)
{
	size_t	 i;
	int	 f;

	for (f = 0; f < RF_NSTRING; f++)
		ck_assert_pstr_eq(record_field_get(a, (enum record_field)f),
		    record_field_get(b, (enum record_field)f));
	ck_assert_int_eq(a->et_al, b->et_al);
	ck_assert_int_eq(a->code, b->code);
	ck_assert_uint_eq(a->authors.n, b->authors.n);
	for (i = 0; i < a->authors.n; i++)
		ck_assert_str_eq(a->authors.v[i], b->authors.v[i]);
	ck_assert_uint_eq(a->orgs.n, b->orgs.n);
	for (i = 0; i < a->orgs.n; i++)
		ck_assert_str_eq(a->orgs.v[i], b->orgs.v[i]);
	ck_assert_uint_eq(a->sources.n, b->sources.n);
	for (i = 0; i < a->sources.n; i++)
		ck_assert_str_eq(a->sources.v[i], b->sources.v[i]);
}
