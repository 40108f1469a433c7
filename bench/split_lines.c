/*
 * split_lines: the floor for a line-oriented reader.  Reads FILE (or
 * standard input) in large blocks, finds each '\n' with memchr(3) and
 * counts the lines; nothing else.  pubtool's profile and BibTeX paths are
 * compared with it in bench/RESULTS.md.
 *
 * usage: split_lines [FILE]
 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK_LEN	(1 << 20)

int
main(int argc, char *argv[])
{
	static char block[BLOCK_LEN];
	const char *path = argc > 1 ? argv[1] : "-";
	unsigned long long nlines = 0, partial = 0;
	ssize_t len;
	int fd;

	if (argc > 2) {
		fputs("usage: split_lines [FILE]\n", stderr);
		return 2;
	}
	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		fprintf(stderr, "split_lines: %s: %s\n", path, strerror(errno));
		return 4;
	}
	while ((len = read(fd, block, sizeof(block))) != 0) {
		const char *p = block, *end, *nl;

		if (len == -1) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "split_lines: %s: %s\n", path,
			    strerror(errno));
			return 4;
		}
		end = block + len;
		/* Each line is the span [p, nl); a real reader would use it. */
		while ((nl = memchr(p, '\n', end - p)) != NULL) {
			nlines++;
			p = nl + 1;
		}
		partial = p < end;
	}
	/* A last line without '\n' still counts, as in pubtool's readers. */
	nlines += partial;
	if (fd != STDIN_FILENO)
		close(fd);
	printf("%llu\n", nlines);
	return 0;
}
