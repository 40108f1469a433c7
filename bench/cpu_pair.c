/*
 * cpu_pair: do this machine's two CPUs run two threads as fast as one?
 * Times a fixed piece of work (hashing a 256 KiB buffer, which fits in a
 * core's own cache, forty times) in one thread, then in two threads at
 * once, each on a buffer of its own, ROUNDS times each in turn, and
 * prints the medians in milliseconds: "ONE TWO".  On two real cores TWO
 * is about ONE; where the two virtual CPUs share a core, or the host
 * gives the second one less, TWO is up to twice ONE, and a program that
 * splits its work between two threads (pubtool's readers) is slowed
 * while one that does not (its peers, the floors) is not.
 * bench/bench.py reports it in bench/RESULTS.md.
 *
 * usage: cpu_pair [ROUNDS]
 */

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define WORK_BYTES	(256 * 1024)
#define WORK_PASSES	40
#define MAX_ROUNDS	101

static unsigned char	 buffers[2][WORK_BYTES];

static double
now_ms(void)
{
	struct timespec	 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* FNV-1a over the buffer, which it also changes so no pass is skipped. */
static void *
work(void *arg)
{
	unsigned char	*b = arg;
	uint64_t	 h = 14695981039346656037ULL;
	size_t		 i;
	int		 pass;

	for (pass = 0; pass < WORK_PASSES; pass++)
		for (i = 0; i < WORK_BYTES; i++) {
			h = (h ^ b[i]) * 1099511628211ULL;
			b[i] = (unsigned char)(b[i] + (h >> 63));
		}
	return (void *)(uintptr_t)h;
}

static double
time_one(void)
{
	double	 t0 = now_ms();

	(void)work(buffers[0]);
	return now_ms() - t0;
}

/* -1 if the second thread cannot be started. */
static double
time_two(void)
{
	pthread_t	 other;
	double		 t0 = now_ms();

	if (pthread_create(&other, NULL, work, buffers[1]) != 0)
		return -1;
	(void)work(buffers[0]);
	pthread_join(other, NULL);
	return now_ms() - t0;
}

static int
by_value(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), by_value);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char *argv[])
{
	double	 one[MAX_ROUNDS], two[MAX_ROUNDS];
	char	*end;
	long	 rounds = 9;
	int	 i;

	if (argc > 2 || (argc == 2 && ((rounds = strtol(argv[1], &end, 10)) <
	    1 || rounds > MAX_ROUNDS || *end != '\0'))) {
		fprintf(stderr, "usage: cpu_pair [ROUNDS (1 to %d)]\n",
		    MAX_ROUNDS);
		return 2;
	}
	memset(buffers, 1, sizeof(buffers));
	(void)time_one();		/* warm-up: pages and caches */
	for (i = 0; i < rounds; i++) {
		one[i] = time_one();
		if ((two[i] = time_two()) < 0) {
			fputs("cpu_pair: cannot start a thread\n", stderr);
			return 1;
		}
	}
	printf("%.2f %.2f\n", median(one, (int)rounds),
	    median(two, (int)rounds));
	return 0;
}
