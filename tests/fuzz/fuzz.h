#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "format.h"
#include "record.h"

/*
 * Shared by the libFuzzer harnesses in tests/fuzz/ (see fuzz.c).  Each
 * harness defines LLVMFuzzerTestOneInput(); replay.c drives the same
 * function without libFuzzer.
 */
int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Sends diagnostics to /dev/null and forgets earlier ones. */
void	 fuzz_quiet(void);
/* Runs reader r over the bytes, touching every field of every record. */
int	 fuzz_read(const struct reader *, const uint8_t *, size_t);
/* Reads the bytes into set (a fresh recset the caller releases). */
int	 fuzz_collect(const struct reader *, const void *, size_t,
	    struct recset *);
/*
 * The same as fuzz_collect(), but with readopts.finish_later and a keyer
 * in readopts.keyer: each record keyed (aborts unless the key is new in
 * any case) and finished by r->finish() as pipeline_read() does it.
 */
int	 fuzz_collect_later(const struct reader *, const void *, size_t,
	    struct recset *);
/* Aborts unless a and b hold records with the same string fields. */
void	 fuzz_same_records(const struct recset *, const struct recset *);
/*
 * Writes set with w into a malloc'd buffer (*out, *outlen); the caller
 * frees *out.  Returns 0, or -1 when the writer failed.
 */
int	 fuzz_write(const struct writer *, const struct recset *, char **out,
	    size_t *outlen);
/* Reads every byte of every field, so that ASan checks them. */
void	 fuzz_touch(const struct record *);

#endif /* FUZZ_H */
