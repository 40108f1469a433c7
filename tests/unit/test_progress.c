/* Unit tests for src/progress.c: when the line is drawn and erased. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "diag.h"
#include "progress.h"
#include "record.h"
#include "tests.h"

static int
count(void *arg, const struct record *rec)
{
	(void)rec;
	(*(int *)arg)++;
	return 0;
}

/* Passes n records through a counting sink; returns what fp holds. */
static char *
run(bool on, const char *delay, int n, int *passed)
{
	struct progress	 p;
	struct sink	 inner = { count, NULL, passed }, counted;
	struct record	 rec;
	FILE		*fp = tmpfile();
	char		*s;
	long		 len;
	int		 i;

	setenv("PUBTOOL_PROGRESS_DELAY", delay, 1);
	memset(&rec, 0, sizeof(rec));
	progress_init(&p, fp, "import", on);
	progress_sink(&p, &inner, &counted);
	progress_bytes(&p, 2048);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(counted.record(counted.arg, &rec), 0);
	ck_assert_int_eq(counted.profile(counted.arg, NULL), 0);
	progress_end(&p);
	len = ftell(fp);
	s = calloc(1, (size_t)len + 1);
	rewind(fp);
	ck_assert_uint_eq(fread(s, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	unsetenv("PUBTOOL_PROGRESS_DELAY");
	return s;
}

/* With no delay, the line shows at the first look and is erased. */
START_TEST(test_progress_drawn)
{
	int	 passed = 0;
	char	*s = run(true, "0", 300, &passed);

	ck_assert_int_eq(passed, 300);
	ck_assert_ptr_nonnull(strstr(s, "\rpubtool: import: 256 records, "
	    "2.0 KiB read, "));
	ck_assert_int_eq(strncmp(s + strlen(s) - 7, "\033[K\r\033[K", 7), 0);
	free(s);
}
END_TEST

/* Off, before the delay, or with too few records: nothing at all. */
START_TEST(test_progress_quiet)
{
	int	 passed = 0;
	char	*s;

	s = run(false, "0", 300, &passed);
	ck_assert_str_eq(s, "");
	free(s);
	s = run(true, "60", 300, &passed);
	ck_assert_str_eq(s, "");
	free(s);
	s = run(true, "0", 255, &passed);
	ck_assert_str_eq(s, "");
	free(s);
	ck_assert_int_eq(passed, 855);
}
END_TEST

/* A diagnostic erases a line on the screen before it is printed. */
START_TEST(test_progress_diag)
{
	struct progress	 p;
	FILE		*fp = tmpfile();
	char		 buf[256] = "";
	size_t		 len;

	progress_init(&p, fp, "import", true);
	p.shown = true;
	diag_reset(fp);
	diag_usage("import", "oops");
	progress_end(&p);
	diag_usage("import", "again");
	diag_reset(NULL);
	rewind(fp);
	len = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[len] = '\0';
	ck_assert_str_eq(buf, "\r\033[Kpubtool: import: oops\n"
	    "pubtool: import: again\n");
	fclose(fp);
}
END_TEST

Suite *
progress_suite(void)
{
	Suite	*s = suite_create("progress");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_progress_drawn);
	tcase_add_test(tc, test_progress_quiet);
	tcase_add_test(tc, test_progress_diag);
	suite_add_tcase(s, tc);
	return s;
}
