/*
 * Replays files through a fuzz harness without libFuzzer, so that the
 * corpora run in `make check` with the normal compiler (as libxml2's
 * fuzz/testFuzzer.c does).  Exit 1 when a file cannot be read.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char *argv[])
{
	FILE	*fp;
	char	*buf;
	long	 len;
	int	 i;

	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL ||
		    fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0 ||
		    fseek(fp, 0, SEEK_SET) != 0 ||
		    (buf = malloc((size_t)len + 1)) == NULL ||
		    fread(buf, 1, (size_t)len, fp) != (size_t)len) {
			perror(argv[i]);
			return 1;
		}
		fclose(fp);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, (size_t)len);
		free(buf);
	}
	printf("%s: %d inputs\n", argv[0], argc - 1);
	return 0;
}
