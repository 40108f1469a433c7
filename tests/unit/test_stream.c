/* Unit tests for src/stream.c, the buffered input of every reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "diag.h"
#include "stream.h"
#include "tests.h"

/*
 * A pipe that stands in for standard input; the test writes into
 * pipe_fd[1] as it goes, so it decides what each read(2) returns.
 */
struct pipein {
	int	 fd[2];
	int	 saved;
};

static void	 pipein_open(struct pipein *);
static void	 pipein_write(struct pipein *, const char *, size_t);
static void	 pipein_close(struct pipein *);
static void	 pipein_release(struct pipein *);
static void	 check_line(struct stream *, const char *, size_t,
		    unsigned long);

static void
pipein_open(struct pipein *p)
{
	ck_assert_int_eq(pipe(p->fd), 0);
	p->saved = stdin_replace(p->fd[0]);
	close(p->fd[0]);
}

static void
pipein_write(struct pipein *p, const char *s, size_t len)
{
	ck_assert_int_eq(write(p->fd[1], s, len), (ssize_t)len);
}

static void
pipein_close(struct pipein *p)
{
	if (p->fd[1] != -1)
		close(p->fd[1]);
	p->fd[1] = -1;
}

static void
pipein_release(struct pipein *p)
{
	pipein_close(p);
	stdin_restore(p->saved);
}

/* Asserts that the next line is want[0..len). */
static void
check_line(struct stream *s, const char *want, size_t len,
    unsigned long lineno)
{
	const char	*line;
	size_t		 n;

	ck_assert_int_eq(stream_getline(s, &line, &n), 1);
	ck_assert_uint_eq(n, len);
	ck_assert_mem_eq(line, want, len);
	ck_assert_uint_eq(stream_lineno(s), lineno);
}

START_TEST(test_stream_open_missing)
{
	FILE	*fp;
	char	*msg = NULL;
	size_t	 len;

	fp = open_memstream(&msg, &len);
	ck_assert_ptr_nonnull(fp);
	diag_reset(fp);
	ck_assert_ptr_null(stream_open("/nonexistent/refs.txt"));
	ck_assert_int_eq(diag_status(), EXIT_SYSTEM);
	diag_reset(NULL);
	fclose(fp);
	ck_assert_str_eq(msg, "pubtool: /nonexistent/refs.txt: cannot open: "
	    "No such file or directory\n");
	free(msg);
}
END_TEST

/*
 * A leading byte order mark is skipped, CR before LF is dropped, and a
 * last line without a newline still counts.
 */
START_TEST(test_stream_lines)
{
	static const char text[] = "\xEF\xBB\xBFone\r\ntwo\n\n\r\nlast";
	struct pipein	 p;
	struct stream	*s;
	const char	*head, *line;
	size_t		 len;

	pipein_open(&p);
	pipein_write(&p, text, sizeof(text) - 1);
	pipein_close(&p);
	s = stream_open("-");
	ck_assert_str_eq(stream_name(s), "<stdin>");
	head = stream_peek(s, 4, &len);
	ck_assert_uint_eq(len, 4);
	ck_assert_mem_eq(head, "one\r", 4);
	head = stream_peek(s, 1000, &len);
	ck_assert_uint_eq(len, sizeof(text) - 1 - 3);
	check_line(s, "one", 3, 1);
	check_line(s, "two", 3, 2);
	check_line(s, "", 0, 3);
	check_line(s, "", 0, 4);
	ck_assert(!stream_last_unterminated(s));
	check_line(s, "last", 4, 5);
	ck_assert(stream_last_unterminated(s));
	ck_assert_int_eq(stream_getline(s, &line, &len), 0);
	ck_assert_int_eq(stream_getline(s, &line, &len), 0);
	ck_assert_uint_eq(stream_lineno(s), 5);
	ck_assert_ptr_null(stream_peek(s, 10, &len));
	ck_assert_uint_eq(len, 0);
	stream_free(s);
	pipein_release(&p);
}
END_TEST

/*
 * stream_getline_read() takes a line only when all of it is read and it
 * fits, never the first, and leaves everything as it was otherwise.
 */
START_TEST(test_stream_getline_read)
{
	static const char text[] = "\xEF\xBB\xBFone\ntwo\r\nthree\n"
	    "0123456789\nlast";
	struct pipein	 p;
	struct stream	*s;
	const char	*line = NULL;
	size_t		 len = 0;

	pipein_open(&p);
	pipein_write(&p, text, sizeof(text) - 1);
	pipein_close(&p);
	s = stream_open("-");
	/* Before the first line: the mark is not yet skipped. */
	ck_assert(!stream_getline_read(s, 100, &line, &len));
	check_line(s, "one", 3, 1);
	/* "two\r\n" needs 5 bytes, and is given without its CR. */
	ck_assert(!stream_getline_read(s, 4, &line, &len));
	ck_assert(stream_getline_read(s, 5, &line, &len));
	ck_assert_mem_eq(line, "two", 3);
	ck_assert_uint_eq(len, 3);
	ck_assert_uint_eq(stream_lineno(s), 2);
	/* "three\n" needs 6 bytes. */
	ck_assert(!stream_getline_read(s, 5, &line, &len));
	ck_assert_uint_eq(stream_lineno(s), 2);
	ck_assert(stream_getline_read(s, 6, &line, &len));
	ck_assert_mem_eq(line, "three", 5);
	ck_assert_uint_eq(len, 5);
	ck_assert_uint_eq(stream_lineno(s), 3);
	/* Over the line limit: left to stream_getline(), which reports it. */
	stream_max_line(s, 9);
	ck_assert(!stream_getline_read(s, 100, &line, &len));
	stream_max_line(s, 10);
	ck_assert(stream_getline_read(s, 100, &line, &len));
	ck_assert_mem_eq(line, "0123456789", 10);
	/* A last line without a newline is never taken. */
	ck_assert(!stream_getline_read(s, 100, &line, &len));
	check_line(s, "last", 4, 5);
	ck_assert(stream_last_unterminated(s));
	stream_free(s);
	pipein_release(&p);
}
END_TEST

/*
 * Only a mark at the very start is skipped, even when the first read
 * returns a line shorter than the mark.
 */
START_TEST(test_stream_bom_only_leading)
{
	struct pipein	 p;
	struct stream	*s;

	pipein_open(&p);
	s = stream_open("-");
	pipein_write(&p, "a\n", 2);
	check_line(s, "a", 1, 1);
	pipein_write(&p, "\xEF\xBB\xBF" "b\n", 5);
	pipein_close(&p);
	check_line(s, "\xEF\xBB\xBF" "b", 4, 2);
	stream_free(s);
	pipein_release(&p);
}
END_TEST

/* A mark that arrives in pieces is still recognised. */
START_TEST(test_stream_bom_split)
{
	struct pipein	 p;
	struct stream	*s;

	pipein_open(&p);
	s = stream_open("-");
	pipein_write(&p, "\xEF", 1);
	pipein_write(&p, "\xBB\xBF" "x\n", 4);
	pipein_close(&p);
	check_line(s, "x", 1, 1);
	stream_free(s);
	pipein_release(&p);
}
END_TEST

/* Blocks, and lines longer than the buffer. */
START_TEST(test_stream_read_blocks)
{
	struct stream	*s;
	FILE		*tmp;
	char		*big, dst[64];
	const char	*line;
	size_t		 n = 300000, len;
	int		 saved;

	big = malloc(n + 3);
	ck_assert_ptr_nonnull(big);
	memset(big, 'x', n);
	memcpy(big + n, "\nyz", 3);
	tmp = tmpfile();
	ck_assert_ptr_nonnull(tmp);
	ck_assert_uint_eq(fwrite(big, 1, n + 3, tmp), n + 3);
	fflush(tmp);
	rewind(tmp);
	saved = stdin_replace(fileno(tmp));
	s = stream_open("-");
	ck_assert_int_eq(stream_getline(s, &line, &len), 1);
	ck_assert_uint_eq(len, n);
	ck_assert_mem_eq(line, big, n);
	ck_assert_int_eq(stream_read(s, dst, 1), 1);
	ck_assert_int_eq(dst[0], 'y');
	ck_assert_int_eq(stream_read(s, dst, sizeof(dst)), 1);
	ck_assert_int_eq(dst[0], 'z');
	ck_assert_int_eq(stream_read(s, dst, sizeof(dst)), 0);
	stream_free(s);
	stdin_restore(saved);
	fclose(tmp);
	free(big);
}
END_TEST

Suite *
stream_suite(void)
{
	Suite	*s = suite_create("stream");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_stream_open_missing);
	tcase_add_test(tc, test_stream_lines);
	tcase_add_test(tc, test_stream_getline_read);
	tcase_add_test(tc, test_stream_bom_only_leading);
	tcase_add_test(tc, test_stream_bom_split);
	tcase_add_test(tc, test_stream_read_blocks);
	suite_add_tcase(s, tc);
	return s;
}
