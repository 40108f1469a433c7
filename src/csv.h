#ifndef CSV_H
#define CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct buf;

/*
 * Writes one CSV cell (RFC 4180): s[0..len) in double quotes when it
 * holds a comma, a quote, CR or LF, quotes doubled.  When guard is set, a
 * cell that a spreadsheet would run as a formula (it starts, after any
 * apostrophes, with = + - @, TAB, CR or LF: OWASP's list) gets a leading
 * apostrophe.  Counting the apostrophes makes the guard reversible: a
 * reader takes one off any cell that matches ^'+[=+@\t\r\n-].
 */
void	 csv_cell(FILE *, const char *s, size_t len, bool guard);
/* Appends the cell that csv_cell() writes to out. */
void	 csv_cell_add(struct buf *out, const char *s, size_t len,
	    bool guard);

#endif /* CSV_H */
